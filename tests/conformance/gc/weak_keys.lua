-- __mode = "k": entries whose key is a table, function, userdata or thread referenced only by the
-- weak table go at the next collection; their values are held strongly (5.1 has no ephemerons).
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

local weak = setmetatable({}, {__mode = "k"})
local kept = {}
local function fill(n)
  for i = 1, n do weak[{}] = i end
  for i = 1, n do
    local k = {}
    kept[i] = k
    weak[k] = "kept" .. i
  end
  for i = 1, n do weak[function() return i end] = true end
  weak[coroutine.create(function() end)] = "thread"
  weak[newproxy()] = "userdata"
end
fill(10)
print("before", count(weak))
collectgarbage()
print("after", count(weak))
for i = 1, 10 do assert(weak[kept[i]] == "kept" .. i) end

-- The usual idiom: a temporary key disappears, the table becomes empty.
local t = setmetatable({}, {__mode = "k"})
local function add() t[{}] = 1 end
add()
collectgarbage()
print("idiom", next(t))

-- A key still referenced from a local, a global, an upvalue and another table stays.
local t2 = setmetatable({}, {__mode = "k"})
local loc, holder = {}, {x = {}}
local function setglobal() glob = {}; t2[glob] = "global" end
setglobal()
local up = {}
local function useup() return up end
t2[loc] = "local"; t2[up] = "upvalue"; t2[holder.x] = "field"
local function drop() t2[{}] = "garbage" end
drop()
collectgarbage()
local function values(t)
  local names = {}
  for _, v in pairs(t) do names[#names + 1] = v end
  table.sort(names)
  return table.concat(names, " ")
end
print(values(t2), useup() == up, loc ~= nil)

-- Dropping the last reference makes the entry go at the following collection.
local function dropglobal() glob = nil end
dropglobal()
collectgarbage()
print("without global", count(t2))

print(loc ~= nil, holder.x ~= nil, useup() ~= nil)
