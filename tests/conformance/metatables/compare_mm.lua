-- __eq, __lt, __le.
local mt = {}
mt.__eq = function(a, b) return a.k == b.k end
mt.__lt = function(a, b) return a.k < b.k end
mt.__le = function(a, b) return a.k <= b.k end
local function mk(k) return setmetatable({k = k}, mt) end
local a, b, c = mk(1), mk(2), mk(1)
print(a == c, a ~= c, a == b, a ~= b)
print(a < b, b < a, a <= c, b <= a, a > b, b >= a)
-- __eq is not called for identical objects or different types
local eqcalls = 0
local cm = {__eq = function() eqcalls = eqcalls + 1; return false end}
local x = setmetatable({}, cm)
print(x == x, x == 1, x == "x", eqcalls)
-- __eq needs the same handler on both sides
local other = setmetatable({}, {__eq = function() return true end})
local same1 = setmetatable({}, cm)
print(x == other, eqcalls)
print(x == same1, eqcalls)
-- two different metatables that share the same function value do match
local shared_eq = function() return true end
local p = setmetatable({}, {__eq = shared_eq})
local q = setmetatable({}, {__eq = shared_eq})
print(p == q)
-- __eq result is converted to a boolean
local truthy = setmetatable({}, {__eq = function() return "yes" end})
local truthy2 = setmetatable({}, getmetatable(truthy))
print(truthy == truthy2, truthy ~= truthy2)
-- __le falls back to not __lt(b, a)
local only_lt = {__lt = function(l, r) return l.k < r.k end}
local m1, m2 = setmetatable({k = 1}, only_lt), setmetatable({k = 2}, only_lt)
print(m1 <= m2, m2 <= m1, m1 >= m2)
-- comparison with different metatables fails
local d1 = setmetatable({k = 1}, {__lt = function() return true end})
local d2 = setmetatable({k = 2}, {__lt = function() return true end})
print(pcall(function() return d1 < d2 end))
print(pcall(function() return d1 < 5 end))
-- sorting with __lt
local list = {mk(3), mk(1), mk(2)}
table.sort(list)
print(list[1].k, list[2].k, list[3].k)
