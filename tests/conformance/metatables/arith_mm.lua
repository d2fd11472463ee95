-- Arithmetic metamethods: __add __sub __mul __div __mod __pow __unm.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
local function show(v) return "(" .. v.x .. "," .. v.y .. ")" end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a, b) return vec(-a.x, -a.y), rawequal(a, b) end
local a, b = vec(1, 2), vec(3, 4)
print(show(a + b), show(b - a), a * b)
print(show(a * 3), show(2 * b))
print(show(b / 2), show(b % 3), show(a ^ 2))
print(show(-a))
-- __unm receives the operand twice
local got
V.__unm = function(x, y) got = rawequal(x, y); return vec(-x.x, -x.y) end
local n = -a
print(show(n), got)
-- the left operand's handler is tried first, then the right one's
local L = setmetatable({}, {__add = function() return "left handler" end})
local R = setmetatable({}, {__add = function() return "right handler" end})
print(L + R, R + L, L + 1, 1 + R)
-- strings that are numbers do not use metamethods
print("10" + 5, 10 + "5")
-- missing handler errors
print(pcall(function() return a + {} end))
print(pcall(function() return {} - {} end))
-- precedence is unchanged by metamethods
local log = {}
local M = setmetatable({}, {__add = function(_, x) log[#log + 1] = "add"; return x end,
  __mul = function(_, x) log[#log + 1] = "mul"; return x end})
print(M + M * 2, table.concat(log, " "))
