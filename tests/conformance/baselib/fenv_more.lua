-- getfenv/setfenv on functions, levels and the global table
local env = {print = print, tostring = tostring}
local function reader() return x_global end
x_global = "from _G"
print(reader())
setfenv(reader, {x_global = "from custom env"})
print(reader())
print(getfenv(reader).x_global, getfenv(print) == _G, getfenv(0) == _G, getfenv() == _G)
-- setfenv returns the function
local function writer() y_global = "written" end
print(setfenv(writer, env) == writer)
writer()
print(env.y_global, rawget(_G, "y_global"))
-- level 1 is the caller of setfenv/getfenv
local function changes_own()
  setfenv(1, {print = print, marker = "own env"})
  print(marker)
end
changes_own()
print(marker)
-- level 2 reaches the caller's caller
local function inner() return getfenv(2) end
local function outer() local e = inner(); return e end
print(outer() == _G)
-- environments are inherited by closures created afterwards
local function factory()
  return function() return tag end
end
setfenv(factory, {tag = "inherited"})
print(factory()())
-- C functions cannot get a new environment
print(pcall(setfenv, print, {}))
print(pcall(setfenv, 3.5, {}))
print(pcall(getfenv, 100))
print(pcall(setfenv, 100, {}))
-- setfenv(0, t) changes the thread's globals; restore immediately
local saved = getfenv(0)
setfenv(0, setmetatable({}, {__index = saved}))
print(getfenv(0) ~= saved)
setfenv(0, saved)
print(getfenv(0) == saved, _G == saved, _G._G == _G)
print(_VERSION)
