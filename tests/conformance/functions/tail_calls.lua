-- Proper tail calls run in constant stack space.
local function loop(n) if n == 0 then return "done" end return loop(n - 1) end
print(loop(1000000))
local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + 1) end
print(count(1000000, 0))
local obj = {n = 0}
function obj:step(k) if k == 0 then return self.n end self.n = self.n + 1 return self:step(k - 1) end
print(obj:step(1000000))
local t = {}
t.f = function(n) if n == 0 then return "field done" end return t.f(n - 1) end
print(t.f(1000000))
function global_loop(n) if n == 0 then return "global done" end return global_loop(n - 1) end
print(global_loop(1000000))
-- tail call returning multiple values
local function multi(n) if n == 0 then return 1, 2, 3 end return multi(n - 1) end
print(multi(1000000))
-- tail call through a vararg function
local function va(n, ...) if n == 0 then return select("#", ...), ... end return va(n - 1, ...) end
print(va(1000000, "a", "b"))
-- a tail call to a builtin
local function tostr(n) return tostring(n) end
print(tostr(12), type(tostr(12)))
-- tail call of a closure from a table of closures
local states = {}
states.a = function(n) if n == 0 then return "a" end return states.b(n - 1) end
states.b = function(n) if n == 0 then return "b" end return states.a(n - 1) end
print(states.a(1000001))
