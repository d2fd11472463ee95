-- 5.1's weak keys are not ephemerons: a value is marked through the table even when only its own
-- key is weak, so a value that refers to its key keeps the entry alive (5.2 would clear these).
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

local cache = setmetatable({}, {__mode = "k"})
local function fill()
  for i = 1, 5 do local k = {}; cache[k] = {owner = k} end   -- value refers to key
  for i = 1, 5 do local k = {}; cache[k] = k end             -- value is the key
  local k1, k2 = {}, {}
  cache[k1] = k2; cache[k2] = k1                             -- two entries keep each other
  for i = 1, 5 do cache[{}] = {i} end                        -- unrelated values: collected
end
fill()
collectgarbage()
print("weak keys, self-referencing values", count(cache))

-- With weak values as well, nothing holds them: all go.
local both = setmetatable({}, {__mode = "kv"})
local function fill2()
  for i = 1, 5 do local k = {}; both[k] = {owner = k} end
  for i = 1, 5 do local k = {}; both[k] = k end
end
fill2()
collectgarbage()
print("weak keys and values", count(both))

-- A weak-keyed table's value keeps another weak table's key alive.
local w1 = setmetatable({}, {__mode = "k"})
local w2 = setmetatable({}, {__mode = "k"})
local anchor = {}
local function fill3()
  local inner = {}
  w1[anchor] = inner
  w2[inner] = "reached through w1"
  w2[{}] = "unreached"
end
fill3()
collectgarbage()
print(count(w1), count(w2), w2[w1[anchor]])

-- A weak table that itself becomes garbage takes everything with it.
local outer = setmetatable({}, {__mode = "v"})
local function fill4()
  local inner = setmetatable({}, {__mode = "k"})
  local k = {}
  inner[k] = "v"
  outer[1] = inner
  outer[2] = k
end
fill4()
collectgarbage()
print(outer[1], outer[2])
