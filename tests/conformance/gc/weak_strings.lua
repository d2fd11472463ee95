-- Strings, numbers and booleans are never removed from weak tables, as keys or as values, even
-- when the string was built at run time and nothing else refers to it.
local t = setmetatable({}, {__mode = "kv"})
local function fill()
  for i = 1, 5 do t[string.rep("k", i)] = string.rep("v", i) end
  for i = 1, 5 do t[i + 0.5] = i * 2 end
  t[true] = false
  t[false] = true
  t["x" .. 1] = 1 .. "y"
  t[10] = {}          -- the only collectable value
  t[{}] = "only collectable key"
end
fill()
collectgarbage()
collectgarbage()
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(#keys)
print(table.concat(keys, " "))
