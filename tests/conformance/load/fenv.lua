-- getfenv / setfenv: functions, levels, inheritance of environments
print(getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G, getfenv(print) == _G)
local env = {print = print, tostring = tostring, getfenv = getfenv}
local function f() x = 1 return x, getfenv(1) == env end
print(setfenv(f, env) == f)
print(f())
print(env.x, x)
local function g() return getfenv(2) end
local function h() local e = g() return e end
print(h() == _G)
setfenv(h, env)
print(h() == env)
local function maker() return function() return y end end
setfenv(maker, {y = "from maker env"})
print(maker()())
local function setlevel()
  setfenv(1, {print = print, z = "level one"})
  print(z)
end
setlevel()
print(z)
print(pcall(setfenv, print, {}))
print(pcall(setfenv, f, 5))
print(pcall(getfenv, -1))
print(pcall(getfenv, 50))
print(pcall(setfenv, 50, {}))
print(pcall(getfenv, "x"))
local p = newproxy()
print(type(p), getmetatable(p))
local q = newproxy(true)
getmetatable(q).__index = function(_, k) return k .. "!" end
print(q.hello)
local r = newproxy(q)
print(getmetatable(r) == getmetatable(q), r.again)
print(pcall(newproxy, {}))
print(collectgarbage("count") > 0, collectgarbage(), collectgarbage("collect"))
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 200))
print(pcall(collectgarbage, "sometimes"))
print(type(gcinfo()))
