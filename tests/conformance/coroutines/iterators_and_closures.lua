-- coroutines and closures: captured upvalues shared with the creator
local count = 0
local co = coroutine.wrap(function()
  while true do count = count + 1; coroutine.yield(count) end
end)
co(); co()
count = count + 100
print("shared upvalue", co(), count)
-- each coroutine closes over its own loop variable
local list = {}
for i = 1, 3 do
  list[i] = coroutine.wrap(function() while true do coroutine.yield(i); i = i * 10 end end)
end
print(list[1](), list[2](), list[3](), list[1](), list[1](), list[3]())
-- closures created inside a coroutine outlive it
local makers = coroutine.wrap(function()
  local acc = 0
  coroutine.yield(function(n) acc = acc + n; return acc end)
  coroutine.yield(function() return acc end)
end)
local add, get = makers(), makers()
add(5); add(7)
print("outlived", get())
-- the coroutine iterates a table with pairs while the caller changes values
local data = {a = 1}
local walk = coroutine.wrap(function()
  for k, v in pairs(data) do coroutine.yield(k, v) end
  return "done"
end)
local k, v = walk()
data.a = 99
print(k, v, data.a, walk())
-- recursion inside a coroutine is deep but fine
local function depth(n) if n == 0 then return coroutine.yield("bottom") end return depth(n - 1) end
local deep = coroutine.wrap(function() return depth(5000) end)
print(deep(), deep("up"))
-- a yield inside a numeric for and a while with break
local loops = coroutine.wrap(function()
  for i = 1, 2 do coroutine.yield("for " .. i) end
  local j = 0
  while true do j = j + 1; if j > 2 then break end coroutine.yield("while " .. j) end
  repeat coroutine.yield("repeat") until true
  return "end"
end)
print(loops(), loops(), loops(), loops(), loops(), loops())
