-- Comparisons between number registers, as values and as conditions: NaN is unordered, so
-- `not (a < b)` is not `a >= b`; -0 equals 0.
-- Each case is compiled from source with literal operands, so both sides are proven numbers.
local body = [[
  local a, b = %s, %s
  local r = {}
  r[#r + 1] = tostring(a < b)
  r[#r + 1] = tostring(a <= b)
  r[#r + 1] = tostring(a > b)
  r[#r + 1] = tostring(a >= b)
  r[#r + 1] = tostring(a == b)
  r[#r + 1] = tostring(a ~= b)
  r[#r + 1] = tostring(not (a < b))
  r[#r + 1] = tostring(not (a <= b))
  local j = ""
  if a < b then j = j .. "lt " else j = j .. "!lt " end
  if a <= b then j = j .. "le " else j = j .. "!le " end
  if a > b then j = j .. "gt " else j = j .. "!gt " end
  if a >= b then j = j .. "ge " else j = j .. "!ge " end
  if a == b then j = j .. "eq " else j = j .. "!eq " end
  if not (a < b) then j = j .. "nlt " end
  if not (a <= b) then j = j .. "nle" end
  return table.concat(r, " "), j
]]
local cases = {{"0/0", "1"}, {"1", "0/0"}, {"0/0", "0/0"}, {"0", "-0"}, {"1", "1/0"}, {"1/0", "1/0"}, {"-1/0", "2^1024"}}
for _, c in ipairs(cases) do
  print(c[1], c[2], assert(loadstring(string.format(body, c[1], c[2])))())
end

-- Literal operands on one side.
local x = 0 / 0 + 1
print("nan vs 1", x < 1, x > 1, x == x, x ~= x, 1 <= x)
local w = 0
while w < 1 do w = w + 0.25 end
print("while", w)
local u = 10
repeat u = u - 3 until not (u > 0)
print("repeat", u)

-- A number register against a string or a table: 5.1 raises, with no metamethod for mixed types.
local t = setmetatable({}, {__lt = function() return true end})
local k = 1 + 1
print(pcall(function() return k < "3" end))
print(pcall(function() return k < t end))
print(k == "2", k ~= "2", k == t)
