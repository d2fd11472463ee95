-- and/or short-circuit and return one of their operands.
print(1 and 2, nil and 2, false and 2)
print(1 or 2, nil or 2, false or 2, false or nil, nil or false)
print(0 and "zero is true", "" and "empty string is true")
print(nil and nil, false and nil, nil or nil)
local calls = 0
local function bump(v) calls = calls + 1; return v end
local r = false and bump(1)
print("false and f()", r, calls)
r = true or bump(1)
print("true or f()", r, calls)
r = nil or bump("x")
print("nil or f()", r, calls)
r = 1 and bump("y")
print("1 and f()", r, calls)
local t = {}
print(t and t == t, (t or 1) == t)
print(1 and 2 or 3, nil and 2 or 3, 1 and false or 3, 1 and nil or false)
local function pick(x) return x == 1 and "one" or x == 2 and "two" or "many" end
print(pick(1), pick(2), pick(3))
-- only the first result of a call is used by and/or
local function two() return "a", "b" end
print(two() and two())
print(nil or two())
print((two()))
