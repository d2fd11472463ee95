-- producer / filter / consumer pipeline built from coroutines
local function producer(items)
  return coroutine.create(function()
    for _, v in ipairs(items) do coroutine.yield(v) end
    return nil
  end)
end
local function receive(co)
  local ok, v = coroutine.resume(co)
  if not ok then error(v, 0) end
  return v
end
local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local v = receive(src)
      if v == nil then return nil end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function mapper(src, f)
  return coroutine.create(function()
    local n = 0
    while true do
      local v = receive(src)
      if v == nil then return nil end
      n = n + 1
      coroutine.yield(n .. ":" .. f(v))
    end
  end)
end
local src = producer({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
local evens = filter(src, function(v) return v % 2 == 0 end)
local squared = mapper(evens, function(v) return v * v end)
while true do
  local v = receive(squared)
  if v == nil then break end
  print("got", v)
end
print("statuses", coroutine.status(src), coroutine.status(evens), coroutine.status(squared))
-- consumer-driven: the consumer is the coroutine, the producer sends
local sink = coroutine.wrap(function(first)
  local total, count = first, 1
  while true do
    local v = coroutine.yield(total)
    if v == "stop" then return "final " .. total .. " after " .. count end
    total, count = total + v, count + 1
  end
end)
print(sink(10), sink(5), sink(2.5), sink("stop"))
print(pcall(sink, 1))
