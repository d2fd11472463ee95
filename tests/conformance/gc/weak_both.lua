-- __mode = "kv" (either letter order): an entry goes when its key or its value is collected.
local lim = 10
local a = setmetatable({}, {__mode = "vk"})
local x, y, z = {}, {}, {}
a[1], a[2], a[3] = x, y, z
a[string.rep("$", 11)] = string.rep("$", 11)
local function fill()
  for i = 4, lim do a[i] = {} end
  for i = 1, lim do a[{}] = i end
  for i = 1, lim do local t = {}; a[t] = t end
  a[x] = {}          -- live key, dead value
  a[{}] = y          -- dead key, live value
end
fill()
collectgarbage()
local n = 0
for k, v in pairs(a) do
  assert((k == 1 and v == x) or (k == 2 and v == y) or (k == 3 and v == z) or k == v)
  n = n + 1
end
print("survivors", n, x ~= y, y ~= z)
local function survivors()
  local b = setmetatable({}, {__mode = "vk"})
  local x, y = {}, {}
  b[1] = x
  b[2] = y
  b.s = "s"
  b[x] = y
  return b
end
local c = survivors()
collectgarbage()
print(next(c) == "s", c[1], c[2])

-- "kv" with numbers as keys: only the values matter there.
local b = setmetatable({}, {__mode = "kv"})
local keep = {}
local function fillb() b[1], b[2], b[3] = keep, {}, "s" end
fillb()
collectgarbage()
print(b[1] == keep, b[2], b[3])
print(#keep)
