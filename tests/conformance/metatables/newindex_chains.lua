-- __newindex to tables (rawset in the target, recursively) and to functions
local store = {}
local inner = setmetatable({}, {__newindex = store})
local outer = setmetatable({}, {__newindex = inner})
outer.x = 1
print(rawget(outer, "x"), rawget(inner, "x"), store.x)
-- an existing key in the first table is assigned directly
rawset(outer, "y", "old")
outer.y = "new"
print(outer.y, store.y)
-- the target table's own __newindex is honoured
local calls = {}
local fnt = setmetatable({}, {__newindex = function(t, k, v) calls[#calls + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end})
local front = setmetatable({}, {__newindex = fnt})
front.a = 10
front.b = nil
front.a = 20
print(table.concat(calls, " "), rawget(fnt, "a"), rawget(front, "a"))
-- assigning nil to an absent key still calls __newindex
local nilcalls = 0
local n = setmetatable({}, {__newindex = function() nilcalls = nilcalls + 1 end})
n.gone = nil
n[1] = nil
print("nil assignments", nilcalls)
-- read-only proxy
local function readonly(t)
  return setmetatable({}, {__index = t, __newindex = function(_, k)
    error("attempt to update a read-only table (key " .. tostring(k) .. ")", 2)
  end})
end
local ro = readonly({a = 1})
print(ro.a, pcall(function() ro.a = 2 end))
-- loop detection
local l1 = {}
setmetatable(l1, {__newindex = l1})
print("self target", pcall(function() l1.q = 5 end))
local c = {}
for i = 1, 120 do c = setmetatable({}, {__newindex = c}) end
print(pcall(function() c.deep = 1 end))
-- __newindex is not used by rawset nor by table constructors
local rs = setmetatable({}, {__newindex = function() print("never") end})
rawset(rs, "k", "v")
print(rs.k)
-- table.insert uses raw sets in 5.1
local ti = setmetatable({}, {__newindex = function() print("insert hit newindex") end})
table.insert(ti, "v")
print(#ti, ti[1])
