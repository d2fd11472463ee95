-- Calls of functions the compiler can guess (local functions calling themselves, global
-- functions of this chunk) must still follow whatever value the name holds at run time.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print("fact", fact(10))

local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + 1) end
print("tail", count(100000, 0))

function gsum(n) if n == 0 then return 0 end return n + gsum(n - 1) end
print("global", gsum(100))
local saved = gsum
gsum = function(n) return -1 end
print("replaced", saved(5))
gsum = nil
print("nil global", pcall(saved, 3))
gsum = setmetatable({}, { __call = function(self, n) return 100 * n end })
print("callable table", saved(4))

local function twice(f, x) return f(f(x)) end
local function inc(x) return x + 1 end
print("local", twice(inc, 1), inc(41))
local g = inc
inc = function(x) return x * 10 end
print("rebound", g(1), inc(1), twice(inc, 2))
inc = "not a function"
print("bad", pcall(function() return inc(1) end))

local function deep(n) return n == 0 and 0 or 1 + deep(n - 1) end
print("overflow", pcall(deep, 1e6))
print("depth ok", deep(10000))
