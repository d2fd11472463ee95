-- A weak cache filled in a long loop without explicit collections stays bounded: the collector
-- runs on its own, as 5.1's incremental one does.
local cache = setmetatable({}, {__mode = "k"})
local n = 300000
for i = 1, n do cache[{}] = i end
local live = 0
for _ in pairs(cache) do live = live + 1 end
print("cleared on its own", live < n / 2)

local vcache = setmetatable({}, {__mode = "v"})
for i = 1, n do vcache[i % 1000 + 1000 * math.floor(i / 500)] = {i} end
live = 0
for _ in pairs(vcache) do live = live + 1 end
print("weak values too", live < n / 2)

-- collectgarbage("stop") stops it; "restart" starts it again.
collectgarbage()
collectgarbage("stop")
local stopped = setmetatable({}, {__mode = "k"})
local function fill() for i = 1, 20000 do stopped[{}] = i end end
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end
fill()
print("stopped", count(stopped))
collectgarbage("restart")
collectgarbage()
print("after restart", next(stopped))
