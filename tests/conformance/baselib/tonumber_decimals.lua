-- tonumber of short decimal numerals (the fast path: up to 15 digits, no exponent) against strtod:
-- random digit strings with and without a point, signs and blanks, and values at the edges.
local seed = 7
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n end
local out = {}
for i = 1, 1500 do
  local a = ""
  for k = 1, rnd(16) + 1 do a = a .. rnd(10) end
  local s
  local r = rnd(4)
  if r == 0 then s = a elseif r == 1 then local p = rnd(#a + 1) s = a:sub(1, p) .. "." .. a:sub(p + 1)
  elseif r == 2 then s = "-" .. a else s = " " .. a:sub(1, 8) .. "." .. a:sub(9) .. " " end
  out[#out + 1] = string.format("%s %.17g", s, tonumber(s) or -1)
end
for _, s in ipairs({"1.", ".5", "-.5", "0.1", "0.3", "123456789012345", "1234567890123456", "9007199254740993", "0.000001", "1.7976931348623157", "00000000000000.1", "4.35", "2.675", "1e5", "5."}) do
  out[#out + 1] = string.format("%s %.17g", s, tonumber(s) or -1)
end
print(table.concat(out, "\n"))
