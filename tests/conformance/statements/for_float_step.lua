-- Floating steps accumulate rounding error exactly as repeated addition.
local n, last = 0, nil
for x = 0, 1, 0.1 do n = n + 1; last = x end
print("0,1,0.1", n, last, string.format("%.17g", last))
n = 0
for x = 1, 0, -0.1 do n = n + 1; last = x end
print("1,0,-0.1", n, last, string.format("%.17g", last))
n = 0
for x = 0, 0.3, 0.1 do n = n + 1; last = x end
print("0,0.3,0.1", n, string.format("%.17g", last))
local vals = {}
for x = 0, 1, 0.25 do vals[#vals + 1] = x end
print("quarters", table.concat(vals, ","))
vals = {}
for x = -1, -2, -0.5 do vals[#vals + 1] = x end
print("negative halves", table.concat(vals, ","))
n = 0
for x = 1, 2, 1e-1 do n = n + 1 end
print("1,2,0.1", n)
n = 0
for x = 0, 2 ^ 53, 2 ^ 52 do n = n + 1 end
print("big steps", n)
n = 0
for x = 1, math.huge do n = n + 1; if n == 5 then break end end
print("to huge, broken out", n)
n = 0
for x = 1, -math.huge do n = n + 1 end
print("to -huge", n)
