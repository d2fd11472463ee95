-- Metamethods when one operand is a number or a string.
local log = {}
local M = {}
local function op(name) return function(a, b)
  log[#log + 1] = name .. "(" .. type(a) .. "," .. type(b) .. ")"
  return name
end end
for _, n in ipairs({"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__concat"}) do M[n] = op(n) end
local x = setmetatable({}, M)
print(x + 1, 1 + x, x - "2", "2" - x, x * x)
print(x / 2, 2 % x, x ^ 3, x .. 1, 1 .. x, "s" .. x)
print(table.concat(log, " "))
-- a number string operand that converts does not need a metamethod
print("3" * "4", 10 .. 20)
-- an operand that cannot be converted uses the metamethod of the other operand
local N = setmetatable({}, {__add = function(a, b) return "N handled " .. type(a) .. " " .. type(b) end})
print("abc" + N, N + "abc", true and N + nil)
-- results of arithmetic metamethods are adjusted to one value
local two = setmetatable({}, {__add = function() return 1, 2 end})
print(two + two)
-- comparisons between a table and a number never use metamethods
local C = setmetatable({}, {__lt = function() return true end})
print(pcall(function() return C < 1 end))
print(C == 1, C ~= 1)
