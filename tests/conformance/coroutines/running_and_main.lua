-- coroutine.running and status from every place
print("main running", coroutine.running())
local co
co = coroutine.create(function()
  local me = coroutine.running()
  print("inside is co", me == co, coroutine.status(me))
  local f = function() return coroutine.running() == co end
  print("nested function", f())
  local inner = coroutine.wrap(function() return coroutine.running() ~= co, coroutine.status(co) end)
  print("inner", inner())
  coroutine.yield()
  return "finished"
end)
print("type", type(co), tostring(co):sub(1, 7))
print(coroutine.resume(co))
print("suspended", coroutine.status(co))
print(coroutine.resume(co))
print("dead", coroutine.status(co))
-- coroutine values as table keys and in comparisons
local set = {[co] = "co key"}
print(set[co], co == co, rawequal(co, co))
print(pcall(function() return co < co end))
print(pcall(function() return co .. "" end))
-- coroutine.status of the main thread is not available (it is not a coroutine object)
print(pcall(coroutine.status, coroutine.running()))
