-- Numeric keys at the edges of the int range and beyond, through constant, computed and
-- for-loop keys: only exact integers in range may take the array path.
local keys = { 2^31, -2^31, 2^31 - 1, -2^31 + 1, 2^32 + 1, 1e300, -1e300, 1/0, -1/0, 0.5, -0.5, 1, 2, 3 }
local t = {}
for i, k in ipairs(keys) do t[k] = i end
for i, k in ipairs(keys) do io.write(tostring(t[k]), " ") end
print()
local z = {}
z[-0] = "negzero"; print(z[0], z[-0], 1/next(z))
local w = {}
for x = -2, 2, 0.5 do w[x] = x * 2 end
for x = -2, 2, 0.5 do io.write(tostring(w[x]), " ") end
print(#w)
print(pcall(function() local n = {}; n[0/0] = 1 end))
local big = 2^31
local u = {}
for i = big - 2, big + 2 do u[i] = i end
for i = big - 2, big + 2 do io.write(string.format("%.0f", u[i]), " ") end
print()
local a = {}
for i = 1, 8 do a[i + 0.0] = i end
print(#a, a[8], a[8.0], a[7.999999999999999])
