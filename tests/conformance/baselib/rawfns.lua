-- rawget/rawset/rawequal bypass metamethods.
local log = {}
local mt = {
  __index = function(_, k) log[#log + 1] = "index " .. tostring(k); return "from __index" end,
  __newindex = function(t, k, v) log[#log + 1] = "newindex " .. tostring(k); rawset(t, k, v .. "!") end,
  __eq = function() return true end,
}
local t = setmetatable({}, mt)
print(t.missing, rawget(t, "missing"))
t.a = "v"
print(rawget(t, "a"), t.a)
rawset(t, "b", "raw")
print(rawget(t, "b"))
print(table.concat(log, "; "))
local u = setmetatable({}, mt)
print(t == u, rawequal(t, u), rawequal(t, t))
print(rawequal(1, 1), rawequal("a", "a"), rawequal(1, "1"), rawequal(nil, nil))
print(rawequal({}, {}), rawequal(0, -0))
print(rawset(t, 1, "one") == t, rawget(t, 1))
print(pcall(rawset, t, nil, 1))
print(pcall(rawget, "str", 1))
print(pcall(rawset, {}, 0 / 0, 1))
print(rawget({10, 20}, 2), rawget({10, 20}, 2.0), rawget({}, "x"))
print(pcall(rawequal, 1))
