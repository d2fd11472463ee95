-- _G, getfenv and setfenv.
print(_G._G == _G, _G.print == print)
_G.newglobal = "created via _G"
print(newglobal)
rawset(_G, "another", 42)
print(another)
local env = {print = print, tostring = tostring}
local function uses_globals() return tostring(someglobal) end
someglobal = "from _G"
print(uses_globals())
setfenv(uses_globals, env)
print(uses_globals())
env.someglobal = "from env"
print(uses_globals())
print(getfenv(uses_globals) == env, getfenv(print) == _G)
print(getfenv(0) == _G, getfenv(1) == _G, getfenv() == _G)
local function writer() newvar = "written" end
local wenv = {}
setfenv(writer, wenv)
writer()
print(wenv.newvar, rawget(_G, "newvar"))
-- a function created inside a function with a custom env inherits that env
local function factory() return function() return marker end end
setfenv(factory, {marker = "inherited"})
print(factory()())
-- an environment with __index falling back to _G
local sandbox = setmetatable({}, {__index = _G})
local function sandboxed() local_only = 1; return type(print), local_only end
setfenv(sandboxed, sandbox)
print(sandboxed())
print(rawget(sandbox, "local_only"), rawget(_G, "local_only"))
print(pcall(setfenv, print, {}))
