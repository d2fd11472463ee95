-- values passed between resume and yield, in every arity
local co = coroutine.create(function(...)
  print("args", select("#", ...), ...)
  local a = {coroutine.yield()}
  print("y1 got", #a, a[1], a[2])
  print("y2 got", select("#", coroutine.yield(nil, nil)))
  local x, y = coroutine.yield(unpack({1, 2, 3, 4, 5}))
  print("y3 got", x, y)
  return
end)
print(select("#", coroutine.resume(co)))
print(coroutine.resume(co, "p", "q"))
print(select("#", coroutine.resume(co, nil, nil, nil)))
print(coroutine.resume(co, "x"))
print(coroutine.resume(co))
-- resume passes varargs through an intermediate function
local function relay(c, ...) return coroutine.resume(c, ...) end
local echo = coroutine.create(function(...)
  local args = {...}
  while true do args = {coroutine.yield(unpack(args))} end
end)
print(relay(echo, 1, 2, 3))
print(relay(echo))
print(relay(echo, nil, "b"))
-- yield's results are the resume arguments; resume's results the yield arguments
local swap = coroutine.wrap(function(a, b)
  while true do a, b = coroutine.yield(b, a) end
end)
print(swap(1, 2))
print(swap("x", "y"))
-- a coroutine body that is a vararg function receiving the main chunk's varargs
local cv = coroutine.wrap(function(...) return select("#", ...) end)
print(cv(...))
-- return values of a body after many yields
local last = coroutine.create(function() for i = 1, 3 do coroutine.yield() end return "a", "b", "c" end)
for i = 1, 4 do print(i, coroutine.resume(last)) end
-- coroutine functions are also reachable as upvalues
local y = coroutine.yield
local viaup = coroutine.wrap(function() y("via local alias") end)
print(viaup())
