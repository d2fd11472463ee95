-- tail calls and varargs inside coroutines
local function count(n, acc)
  if n == 0 then return acc end
  if n % 100000 == 0 then coroutine.yield(n) end
  return count(n - 1, acc + 1)
end
local co = coroutine.create(count)
local ok, v = coroutine.resume(co, 300000, 0)
while coroutine.status(co) == "suspended" do
  io.write(tostring(v), " ")
  ok, v = coroutine.resume(co)
end
print("->", ok, v)

local function pass(...) return ... end
local function relay(...)
  local got = {coroutine.yield(select('#', ...), ...)}
  return pass(unpack(got))
end
local r = coroutine.create(relay)
print(coroutine.resume(r, "a", nil, "c"))
print(coroutine.resume(r, 1, 2, 3, 4))

local function mkcounter()
  local n = 0
  return coroutine.wrap(function()
    while true do n = n + 1; coroutine.yield(n) end
  end), function() return n end
end
local next1, peek = mkcounter()
next1(); next1(); next1()
print("counter", next1(), peek())

-- closures created inside a coroutine capture per-iteration locals
local fns = {}
local maker = coroutine.wrap(function()
  for i = 1, 3 do
    local j = i * 10
    fns[i] = function() return i + j end
    coroutine.yield(i)
  end
end)
maker(); maker(); maker()
print("closures", fns[1](), fns[2](), fns[3]())
