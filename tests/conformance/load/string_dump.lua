print(loadstring("\27garbage"))
print(loadstring("\27Lua"))
print(pcall(string.dump, print))
local function add(a, b) return a + b end
local s = string.dump(add)
print(type(s), s:byte(1), #s > 10)
local f = loadstring(s)
print(f(2, 3))
local up = 5
local function g() return up end
print(pcall(loadstring(string.dump(g))))
print(loadstring(s:sub(1, 20)))
-- closures and nested functions survive a round trip
local function outer(x)
  local function inner(y) return x * y end
  return inner(x + 1), select('#', 1, 2)
end
local o = loadstring(string.dump(outer))
print(o(4))
print(loadstring(string.dump(function(...) return ... end))("a", nil, "c"))
print(pcall(loadstring(string.dump(function() error("in dumped") end))))
print(loadstring("\27LuaIL\1garbage"))
