-- __metatable protects the metatable and changes what getmetatable returns
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
local hidden = {}
local u = setmetatable({}, {__metatable = hidden, __index = {a = 1}})
print(getmetatable(u) == hidden, u.a)
local f = setmetatable({}, {__metatable = false})
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
-- a nil __metatable does not protect
local open = setmetatable({}, {__metatable = nil})
print(pcall(setmetatable, open, {}) and getmetatable(open).__metatable == nil)
-- the string metatable
print(type(getmetatable("")), getmetatable("").__index == string)
-- setmetatable returns its first argument
local r = {}
print(setmetatable(r, nil) == r, getmetatable(r))
-- metatables of other values
print(getmetatable(1), getmetatable(nil), getmetatable(print), getmetatable(true))
print(pcall(setmetatable, "s", {}))
-- the metatable can be its own object
local selfmt = {}
selfmt.__index = selfmt
selfmt.hello = "self hello"
setmetatable(selfmt, selfmt)
print(selfmt.hello, pcall(function() return selfmt.nothing end))
-- changing a field of a shared metatable affects every object
local shared = {__index = function() return "v1" end}
local o1, o2 = setmetatable({}, shared), setmetatable({}, shared)
print(o1.x, o2.x)
shared.__index = function() return "v2" end
print(o1.x, o2.x)
-- metamethod fields added after setmetatable are seen
local late = setmetatable({}, {})
print(pcall(function() return late + 1 end))
getmetatable(late).__add = function(a, b) return "late add" end
print(late + 1, 1 + late)
