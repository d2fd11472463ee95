-- Error values travel unchanged through pcall, including tables and nil.
local E = {}
E.__index = E
E.__tostring = function(e) return "E<" .. e.code .. ">" end
local function raise(code) error(setmetatable({code = code}, E)) end
local ok, e = pcall(raise, 404)
print(ok, getmetatable(e) == E, e.code, tostring(e))
-- rethrowing keeps the same object
local ok2, e2 = pcall(function()
  local ok3, inner = pcall(raise, 500)
  error(inner)
end)
print(ok2, e2.code, rawequal(getmetatable(e2), E))
-- error(nil)
local ok4, e4 = pcall(function() error(nil) end)
print(ok4, e4, type(e4))
-- error with a function value
local fn = function() return "i am a function" end
local ok5, e5 = pcall(error, fn)
print(ok5, e5 == fn, e5())
-- string errors get a position, rethrown string errors get another one
local ok6, e6 = pcall(function()
  local _, m = pcall(error, "base")
  error(m)
end)
print(e6)
local ok7, e7 = pcall(function()
  local _, m = pcall(function() error("once") end)
  error(m, 0)
end)
print(e7)
-- boolean false as an error value
local ok8, e8 = pcall(error, false)
print(ok8, e8)
