-- __index functions used as memoising caches and default values
local calls = 0
local fib = setmetatable({[0] = 0, [1] = 1}, {__index = function(t, n)
  calls = calls + 1
  local v = t[n - 1] + t[n - 2]
  rawset(t, n, v)
  return v
end})
print(fib[30], calls)
print(fib[31], calls)
-- defaults that are not stored
local defaults = setmetatable({}, {__index = function(_, k) return "default for " .. tostring(k) end})
print(defaults.color, defaults[42], rawget(defaults, "color"))
-- an __index table with its own __index function
local base = setmetatable({known = "known"}, {__index = function(_, k) return "computed " .. k end})
local child = setmetatable({}, {__index = base})
print(child.known, child.other)
-- counting accesses through a proxy
local reads, writes = {}, {}
local function tracked(t)
  return setmetatable({}, {
    __index = function(_, k) reads[#reads + 1] = k; return t[k] end,
    __newindex = function(_, k, v) writes[#writes + 1] = k; t[k] = v end,
  })
end
local p = tracked({a = 1})
p.b = p.a + 1
p.c = p.b * 2
print(p.a, p.b, p.c, table.concat(reads, ","), table.concat(writes, ","))
-- a proxy is empty for pairs, # and next
local n = 0
for _ in pairs(p) do n = n + 1 end
print(n, #p, next(p))
