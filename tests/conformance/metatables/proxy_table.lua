-- A proxy that logs reads and writes, with __index and __newindex as functions.
local function proxy(target, log)
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get " .. tostring(k); return target[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k); target[k] = v end,
  })
end
local log = {}
local data = {a = 1}
local p = proxy(data, log)
print(p.a, p.b)
p.b = 2
p.a = p.a + 10
print(data.a, data.b, rawget(p, "a"))
print(table.concat(log, ", "))
-- default values
local function with_default(d) return setmetatable({}, {__index = function() return d end}) end
local counts = with_default(0)
for _, w in ipairs({"x", "y", "x", "x"}) do counts[w] = counts[w] + 1 end
print(counts.x, counts.y, counts.z)
-- read-only view of an array
local function readonly(t)
  return setmetatable({}, {__index = t, __newindex = function() error("attempt to update a read-only table", 2) end})
end
local days = readonly({"Mon", "Tue", "Wed"})
print(days[1], days[3], #days)
print(pcall(function() days[4] = "Thu" end))
-- tracking accesses of a proxied array in order
local trace = {}
local arr = proxy({10, 20, 30}, trace)
local total = 0
for i = 1, 3 do total = total + arr[i] end
print(total, table.concat(trace, ","))
