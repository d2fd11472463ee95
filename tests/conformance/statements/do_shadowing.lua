-- do-blocks open scopes; inner locals shadow outer ones and vanish at end.
local v = "outer"
do
  local v = "middle"
  do
    local v = "inner"
    print(1, v)
  end
  print(2, v)
  v = "middle changed"
  print(3, v)
end
print(4, v)
do
  v = "outer changed from a block"
end
print(5, v)
local w = 1
local w = w + 1
local w = w * 10
print(6, w)
local function get() return w end
local w = "shadow after closure"
print(7, get(), w)
do
  local a, a = 1, 2
  print(8, a)
end
local s = 0
for i = 1, 3 do
  local s = i
  s = s * 2
end
print(9, s)
if true then local v = "if scope" print(10, v) end
print(11, v)
do local t = {} t.x = 1 print(12, t.x) end
print(13, t)
