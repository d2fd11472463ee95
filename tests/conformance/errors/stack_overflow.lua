-- Runaway non-tail recursion is a catchable error ending in "stack overflow".
local function runaway(n) return 1 + runaway(n + 1) end
local ok, e = pcall(runaway, 1)
print(ok, type(e), (string.find(e, "stack overflow$")) ~= nil)
-- the state is usable afterwards
local function fine(n) if n == 0 then return 0 end return 1 + fine(n - 1) end
print(fine(100))
-- mutual runaway recursion
local ping, pong
function ping() return (pong()) end
function pong() local r = ping(); return r end
ok, e = pcall(ping)
print(ok, (string.find(e, "stack overflow$")) ~= nil)
-- overflow inside a method call chain
local obj = {}
function obj:grow(d) local x = self:grow(d + 1); return x end
ok, e = pcall(obj.grow, obj, 0)
print(ok, (string.find(e, "stack overflow$")) ~= nil)
-- overflow through __index functions
local mt = {}
mt.__index = function(t, k) return t[k .. "x"] end
local deep = setmetatable({}, mt)
ok, e = pcall(function() return deep.a end)
print(ok, (string.find(e, "stack overflow$")) ~= nil or e)
-- catching it twice works
print((pcall(runaway, 1)), (pcall(runaway, 1)))
