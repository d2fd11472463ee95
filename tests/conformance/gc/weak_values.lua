-- __mode = "v": entries whose value is collectable and referenced only by weak tables go, in the
-- array part and in the hash part alike; the keys of the cleared entries are not kept alive.
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

local weak = setmetatable({}, {__mode = "v"})
local kept = {}
local function fill(n)
  for i = 1, n do weak[i] = {} end                 -- array part
  for i = 1, n do weak["h" .. i] = {} end          -- hash part, string keys
  for i = 1, n do local t = {}; weak[t] = t end    -- the key is the value
  for i = 1, n do kept[i] = {}; weak[n + i] = kept[i] end
  weak.f = function() end
  weak.co = coroutine.create(function() end)
end
fill(8)
print("before", count(weak))
collectgarbage()
print("after", count(weak))
for i = 1, 8 do
  assert(weak[i] == nil and weak["h" .. i] == nil)
  assert(weak[8 + i] == kept[i])
end

-- Strings, numbers and booleans are values, never removed.
local w = setmetatable({}, {__mode = "v"})
w[1] = string.rep("b", 21); w[2] = 42; w[3] = true; w[4] = false; w.x = "x" .. 1
collectgarbage()
print(w[1], w[2], w[3], w[4], w.x)

-- A value referenced only from another weak table goes from both.
local w2 = setmetatable({}, {__mode = "v"})
local w3 = setmetatable({}, {__mode = "k"})
local function link() local o = {}; w2.o = o; w3[o] = 1 end
link()
collectgarbage()
print("both", w2.o, next(w3))

-- A value held by a closure's upvalue stays while the closure lives.
local w4 = setmetatable({}, {__mode = "v"})
local function make()
  local o = {name = "up"}
  w4[1] = o
  return function() return o end
end
local function check()
  local get = make()
  collectgarbage()
  return w4[1] and w4[1].name, get() == w4[1]
end
print(check())
collectgarbage()
print(w4[1])
