-- Independent counters from one factory.
local function counter(start, step)
  local n = start or 0
  step = step or 1
  return function() n = n + step; return n end
end
local c1, c2 = counter(), counter(100, 5)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())
local c3 = counter(0, -1)
for _ = 1, 4 do c3() end
print(c3())
local function accum()
  local total = 0
  return function(x) total = total + (x or 0); return total end
end
local a = accum()
a(5); a(10)
print(a(), a(-15))
-- a counter table with methods closing over the same local
local function make()
  local v = 0
  return {inc = function() v = v + 1 end, get = function() return v end, reset = function() v = 0 end}
end
local m = make()
m.inc(); m.inc(); m.inc()
print(m.get())
m.reset()
print(m.get())
local m2 = make()
m2.inc()
print(m.get(), m2.get())
