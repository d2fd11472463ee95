-- select('#', ...) and select(i, ...) inside vararg functions, with every kind of index,
-- an aliased select, a replaced select, and more than one result kept.

local function count(...) return select('#', ...) end
local function count2(...) local n = select('#x', ...) return n end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
print(count2(), count2(1, 2))

local function pick(i, ...) local v = select(i, ...) return v end
local function pick2(i, ...) local a, b = select(i, ...) return a, b end
print(pick(1, "a", "b", "c"), pick(3, "a", "b", "c"), pick(4, "a", "b", "c"))
print(pick(-1, "a", "b", "c"), pick(-3, "a", "b", "c"))
print(pick("2", "a", "b", "c"), pick(2.7, "a", "b", "c"), pick(1e10, "a"))
print(pick2(2, "a", "b", "c"), pick2(3, "a", "b", "c"), pick2(5, "a"))
print(pcall(pick, 0, "a"))
print(pcall(pick, -5, "a"))
print(pcall(pick, "x", "a"))
print(pcall(pick, nil, "a"))
print(pcall(pick, {}, "a"))

local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(), sum(1), sum(1, 2, 3, nil, 5))

-- an alias is still the library's select
local sel = select
local function viaAlias(...) return (sel(2, ...)), sel('#', ...) end
print(viaAlias(10, 20, 30))

-- a select of our own is called as written
local function withOwn(...)
  local select = function(a, ...) return "own:" .. tostring(a), ... end
  local x = select(2, ...)
  local n = select('#', ...)
  return x, n
end
print(withOwn(7, 8))

-- replacing the global between calls
local function global_pick(...) local v = select(2, ...) return v end
print(global_pick(1, 2, 3))
local saved = select
select = function() return "replaced" end
print(global_pick(1, 2, 3))
select = saved
print(global_pick(1, 2, 3))

-- select with all results still passes them all
local function all(i, ...) return select(i, ...) end
print(all(2, "a", "b", "c"))
print((select(2, "a", "b", "c")))
