-- arithmetic metamethods: operand order, which handler is picked, string coercion first
local function tag(name)
  return function(a, b)
    local function s(x) return type(x) == "table" and x.id or tostring(x) end
    return name .. "(" .. s(a) .. "," .. s(b) .. ")"
  end
end
local mt = {__add = tag("add"), __sub = tag("sub"), __mul = tag("mul"), __div = tag("div"),
  __mod = tag("mod"), __pow = tag("pow")}
local a = setmetatable({id = "A"}, mt)
local b = setmetatable({id = "B"}, {__add = tag("addB")})
print(a + 1, 1 + a, a - 2, 2 - a, a * a, a / 3, 3 % a, a ^ 2, 2 ^ a)
print(a + b, b + a)
print(pcall(function() return b - a end))
print(pcall(function() return b * 1 end))
-- numeric strings are arithmetic without metamethods
print("10" + 1, "3" * "4", "2" ^ "3", "7" % "4", " 0x10 " + 0, "1e1" / 2)
print(pcall(function() return "x" + 1 end))
print(pcall(function() return {} + 1 end))
-- a string with a metamethod in the string metatable
local smt = getmetatable("")
smt.__add = function(x, y) return "str add " .. tostring(x) .. " " .. tostring(y) end
print("abc" + 1, 1 + "abc", "5" + 1)
smt.__add = nil
-- chained operations call the metamethod each time
local count = 0
local cnt = setmetatable({}, {__add = function(x, y) count = count + 1; return x end})
local r = cnt + 1 + 2 + 3
print(r == cnt, count)
-- booleans and nil in arithmetic
print(pcall(function() return true + 1 end))
print(pcall(function() local n; return n * 2 end))
-- unary minus uses __unm, not __sub
local onlysub = setmetatable({}, {__sub = function() return "sub" end})
print(pcall(function() return -onlysub end))
