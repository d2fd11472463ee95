-- tostring/tonumber round trips: %.14g loses digits, so some values do not come back
local values = {0, 1, -1, 0.1, 1/3, 2/3, 123.456, 1e-10, 1e21, 2^53, 2^53 + 2, 3.14159265358979,
  0.1 + 0.2, 1e308, 5e-324, 123456789012345, 1234567890123456, 100000000000000}
for _, v in ipairs(values) do
  local s = tostring(v)
  local back = tonumber(s)
  print(s, back == v, string.format("%.17g", v))
end
-- string.format("%.17g") always round-trips
local all = true
for _, v in ipairs(values) do
  if tonumber(string.format("%.17g", v)) ~= v then all = false end
end
print("%.17g round trips", all)
-- concatenation uses the same conversion as tostring
print(1/3 .. "", 2^63 .. "", -1e-7 .. "", 1e100 .. "")
-- numbers as table keys: 1 and 1.0 are the same key, "1" is not
local t = {}
t[1] = "int"; t[1.0] = "float"; t["1"] = "string"
print(t[1], t["1"], #t)
t[2^53] = "big"
print(t[2^53], t[2^53 + 1])
