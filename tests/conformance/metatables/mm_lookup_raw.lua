-- metamethods are fetched raw from the metatable, at the moment of the operation
local mt = {}
local obj = setmetatable({}, mt)
print(pcall(function() return obj + 1 end))
mt.__add = function() return "added" end
print(obj + 1)
mt.__add = nil
print(pcall(function() return obj + 1 end))
-- a metatable with its own __index does not supply metamethods
local fallback = {__add = function() return "from fallback" end, __index = function() return "fb" end}
setmetatable(mt, {__index = fallback})
print(pcall(function() return obj + 1 end))
print(mt.__add ~= nil, rawget(mt, "__add"))
-- __index is looked up raw too
print(obj.anything)
-- a metamethod field holding a callable table works for operators
mt.__add = setmetatable({}, {__call = function(self, a, b) return "callable table" end})
print(pcall(function() return obj + 1 end))
-- a non-function, non-callable metamethod
mt.__add = 42
print(pcall(function() return obj + 1 end))
mt.__index = "not a table"
print(pcall(function() return obj.x end))
mt.__index = nil
mt.__call = 7
print(pcall(obj))
