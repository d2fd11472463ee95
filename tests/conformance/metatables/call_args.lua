-- __call receives the object then every argument; results pass through
local mt = {__call = function(self, ...)
  return self.name, select("#", ...), ...
end}
local obj = setmetatable({name = "obj"}, mt)
print(obj())
print(obj(1, nil, 3))
print(obj(nil))
print((obj(1, 2)))
local t = {obj(7, 8)}
print(#t, t[1], t[4])
-- method syntax through a field holding a callable object
local holder = {f = obj}
print(holder.f("direct"))
print(select(4, holder:f("as method")), select(3, holder:f()) == holder)
-- varargs forwarding
local function fwd(...) return obj(...) end
print(fwd("a", "b"))
-- __call is not chained: a __call that is itself a callable table fails
local inner = setmetatable({}, {__call = function() return "inner" end})
local outer = setmetatable({}, {__call = inner})
print(pcall(outer))
-- callable objects work with pcall, table.sort comparators and gsub
print(pcall(obj, "under pcall"))
local cmp = setmetatable({}, {__call = function(_, a, b) return a > b end})
local list = {3, 1, 2}
print(pcall(table.sort, list, cmp))
local rep = setmetatable({}, {__call = function(_, w) return w:upper() end})
print(pcall(string.gsub, "ab cd", "%a+", rep))
-- tail call through __call
local depth = setmetatable({}, {__call = function(self, n) if n == 0 then return "bottom" end return self(n - 1) end})
print(depth(10000))
-- calling a table without __call
print(pcall(function() local plain = {}; plain() end))
print(pcall(function() local m = setmetatable({}, {}); m() end))
