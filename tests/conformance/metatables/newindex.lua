-- __newindex is called only for absent keys.
local log = {}
local store = {}
local proxy = setmetatable({}, {
  __index = store,
  __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); store[k] = v end,
})
proxy.a = 1
proxy.b = 2
proxy.a = 3
print(proxy.a, proxy.b, rawget(proxy, "a"), store.a)
print(table.concat(log, " "))
-- once a key exists in the table itself, __newindex is bypassed
local direct = setmetatable({}, {__newindex = function() log[#log + 1] = "called" end})
rawset(direct, "k", 1)
direct.k = 2
print(direct.k, log[#log])
-- __newindex as a table: the assignment goes there
local target = {}
local redirect = setmetatable({}, {__newindex = target})
redirect.x = "to target"
print(rawget(redirect, "x"), target.x)
-- read-only tables
local ro = setmetatable({}, {__index = {v = 1}, __newindex = function(_, k) error("read-only: " .. k, 2) end})
print(ro.v, pcall(function() ro.v = 2 end))
-- assigning nil to an absent key still triggers __newindex
local nils = {}
local watch = setmetatable({}, {__newindex = function(_, k, v) nils[#nils + 1] = k .. ":" .. tostring(v) end})
watch.gone = nil
print(table.concat(nils, ","))
-- chained __newindex tables
local final = {}
local mid = setmetatable({}, {__newindex = final})
local top = setmetatable({}, {__newindex = mid})
top.deep = "value"
print(rawget(top, "deep"), rawget(mid, "deep"), final.deep)
