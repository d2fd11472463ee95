-- Objects whose methods live in class tables reached through __index tables: lookups that go
-- several levels up, a metatable whose __index changes or disappears, handler functions at the
-- end of a chain, and stores into fields that already exist under __newindex.
local Base = {}
Base.__index = Base
function Base.hello(self) return "base hello " .. self.name end
function Base.kind() return "base" end

local Mid = setmetatable({}, Base)
Mid.__index = Mid
function Mid.kind() return "mid" end

local Leaf = setmetatable({}, Mid)
Leaf.__index = Leaf

local obj = setmetatable({ name = "o" }, Leaf)
print("levels", obj:hello(), obj:kind(), obj.missing)

-- A chain longer than the inline steps, ending in a handler function.
local t = {}
local last = setmetatable({}, { __index = function(_, k) return "handler " .. k end })
local cur = last
for i = 1, 7 do
  local mt = { __index = cur }
  cur = setmetatable({ ["level" .. i] = i }, mt)
end
t = setmetatable({}, { __index = cur })
print("long chain", t.level7, t.level1, t.nothing)

-- __index changes, is removed, the metatable rehashes.
local mt = { __index = { a = 1 } }
local o = setmetatable({}, mt)
print("before", o.a)
mt.__index = { a = 2 }
print("changed", o.a)
mt.__index = nil
print("removed", o.a)
for i = 1, 50 do mt["k" .. i] = i end
mt.__index = function(_, k) return k .. "!" end
print("rehashed", o.a)
mt.__index = { a = 3 }
for i = 1, 50 do mt["k" .. i] = nil end
print("again", o.a)

-- Stores: an existing field is raw even with __newindex; an absent one calls it.
local log = {}
local guarded = setmetatable({ x = 1 }, { __newindex = function(tbl, k, v) log[#log + 1] = k; rawset(tbl, k, v * 10) end })
guarded.x = 5
guarded.y = 6
guarded.x = nil
guarded.x = 7
print("stores", guarded.x, guarded.y, table.concat(log, ","))

-- __index that is a table with its own __newindex does not affect reads.
local proxy = setmetatable({}, { __index = setmetatable({ v = "inner" }, { __newindex = error }) })
print("proxy", proxy.v)

-- A loop of __index tables.
local a, b = {}, {}
setmetatable(a, { __index = b })
setmetatable(b, { __index = a })
print("loop", pcall(function() return a.zzz end))
