-- __mode is read at each collection from the metatable as it is then, not at setmetatable.
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end
local function fill(t)
  for i = 1, 4 do t[{}] = {} end
  for i = 1, 4 do t[i] = {} end
end

-- Added after setmetatable.
local mt = {}
local a = setmetatable({}, mt)
mt.__mode = "k"
fill(a)
collectgarbage()
print("added k", count(a))

-- Changed from "k" to "v", then removed.
local mt2 = {__mode = "k"}
local b = setmetatable({}, mt2)
mt2.__mode = "v"
fill(b)
collectgarbage()
print("k to v", count(b))
mt2.__mode = nil
fill(b)
collectgarbage()
print("removed", count(b))
mt2.__mode = "kv"
collectgarbage()
print("kv again", count(b))

-- The metatable replaced, or taken away.
local c = setmetatable({}, {__mode = "k"})
setmetatable(c, nil)
fill(c)
collectgarbage()
print("no metatable", count(c))
setmetatable(c, {__mode = "v"})
collectgarbage()
print("new metatable", count(c))

-- A __mode that is not a string, or has neither letter, or stops at a zero byte.
for _, mode in ipairs({{}, 1, "x", "\0k", "K", "xkx"}) do
  local d = setmetatable({}, {__mode = mode})
  fill(d)
  collectgarbage()
  print(type(mode), count(d))
end

-- A metatable shared by several tables.
local shared = {__mode = "k"}
local e1, e2 = setmetatable({}, shared), setmetatable({}, shared)
fill(e1); fill(e2)
collectgarbage()
print("shared", count(e1), count(e2))
