-- every status a coroutine goes through, seen from inside and outside
local main_co = coroutine.running()
print("main running", main_co)
local A, B
local trace = {}
local function st(label) trace[#trace + 1] = label .. "=" .. coroutine.status(A) .. "/" .. (B and coroutine.status(B) or "-") end
A = coroutine.create(function()
  st("A running")
  B = coroutine.create(function()
    st("B running")
    coroutine.yield()
    st("B again")
  end)
  st("B created")
  coroutine.resume(B)
  st("B yielded")
  coroutine.yield()
  coroutine.resume(B)
  st("B ended")
  print("resume dead B", coroutine.resume(B))
  print("resume running A", coroutine.resume(A))
  return "A done"
end)
st("before")
print(coroutine.resume(A))
st("A yielded")
print(coroutine.resume(A))
st("after")
for _, s in ipairs(trace) do print(s) end
print("resume dead A", coroutine.resume(A))
-- a coroutine that errors is dead
local E = coroutine.create(function() coroutine.yield(1); error("fail", 0) end)
print(coroutine.resume(E))
print(coroutine.status(E), coroutine.resume(E))
print(coroutine.status(E), coroutine.resume(E))
-- wrap of a dead coroutine
local W = coroutine.wrap(function() return "once" end)
print(W())
print(pcall(W))
-- resuming a normal (resuming) coroutine
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
-- running inside a wrap
local inside = coroutine.wrap(function() return type(coroutine.running()) end)
print(inside())
