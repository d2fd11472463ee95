-- rawequal, rawget, rawset, next: raw access ignoring metamethods
local mt = {__eq = function() return true end, __index = function() return "meta" end,
  __newindex = function() error("no writes") end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal("1", 1), rawequal(nil, nil), rawequal(0, -0))
print(a.k, rawget(a, "k"))
print(rawset(a, "k", "raw") == a, a.k)
print(pcall(function() a.other = 1 end))
-- next over a table step by step
local t = {10, 20, x = "x"}
local k, v = next(t)
print(k, v)
k, v = next(t, k)
print(k, v)
k, v = next(t, k)
print(k, v)
print(next(t, k))
print(next({}), select("#", next({})))
print(pcall(next, t, "missing"))
-- pairs returns next itself, ipairs a different iterator
print(select("#", pairs(t)), pairs(t) == next, select(3, pairs(t)))
local f, s, i = ipairs(t)
print(f == next, s == t, i, f(t, 0), f(t, 2))
-- rawget/rawset with numeric string keys stay distinct
local r = {}
rawset(r, 1, "num")
rawset(r, "1", "str")
print(rawget(r, 1), rawget(r, "1"), rawget(r, 1.0))
print(pcall(rawset, r, 0/0, 1))
print(pcall(rawget, r))
