-- __len is ignored for tables in 5.1; __unm and others on the same object.
local t = setmetatable({1, 2, 3}, {__len = function() return 100 end})
print(#t)
local u = setmetatable({}, {__unm = function(a) return "negated" end, __len = function() return 7 end})
print(-u, #u)
-- the string metatable: methods through __index
local smt = getmetatable("")
print(type(smt), type(smt.__index), smt.__index == string)
print(("abc"):len(), ("%d"):rep(2), ("x"):byte())
-- numbers have no metatable; indexing them fails
print(pcall(function() local n = 5; return n.x end))
-- metamethods are looked up raw in the metatable (no __index on the metatable)
local proto = {__add = function() return "from proto" end}
local mt = setmetatable({}, {__index = proto})
local obj = setmetatable({}, mt)
print(pcall(function() return obj + 1 end))
-- a metatable can be changed after objects are created
local dyn = {}
local d = setmetatable({}, dyn)
print(pcall(function() return d + 1 end))
dyn.__add = function() return "added later" end
print(d + 1)
-- metatable identity with several objects
local count = 0
local shared = {__index = function() count = count + 1; return count end}
local o1, o2 = setmetatable({}, shared), setmetatable({}, shared)
print(o1.a, o2.a, o1.b)
