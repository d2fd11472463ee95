-- Closures created at each level of a recursion keep their own locals.
local collected = {}
local function build(n)
  if n == 0 then return end
  local level = n
  collected[#collected + 1] = function() return level end
  build(n - 1)
  level = level * 10
end
build(4)
local out = {}
for i, f in ipairs(collected) do out[i] = f() end
print(table.concat(out, " "))
local function memo(f)
  local cache = {}
  return function(n)
    local v = cache[n]
    if v == nil then v = f(n); cache[n] = v end
    return v
  end
end
local calls = 0
local slow_sq
slow_sq = memo(function(n) calls = calls + 1; if n == 0 then return 0 end return slow_sq(n - 1) + 2 * n - 1 end)
print(slow_sq(50), calls)
print(slow_sq(50), slow_sq(10), calls)
local function Y(f) return function(...) return f(Y(f), ...) end end
local fact = Y(function(self, n) if n <= 1 then return 1 end return n * self(n - 1) end)
print(fact(10))
local function make_chain(n)
  if n == 0 then return function() return "end" end end
  local nextf = make_chain(n - 1)
  return function() return n .. ">" .. nextf() end
end
print(make_chain(5)())
