-- more generator shapes: stateful iterators, interleaving, early exit, fibonacci, ranges
local function range(a, b, step)
  return coroutine.wrap(function()
    for i = a, b, step or 1 do coroutine.yield(i) end
  end)
end
local out = {}
for i in range(1, 10, 3) do out[#out + 1] = i end
print("range", table.concat(out, ","))
out = {}
for i in range(5, 1, -2) do out[#out + 1] = i end
print("down", table.concat(out, ","))
-- fibonacci, taking only a prefix (the coroutine stays suspended)
local fib = coroutine.create(function()
  local a, b = 0, 1
  while true do coroutine.yield(a); a, b = b, a + b end
end)
out = {}
for _ = 1, 15 do local _, v = coroutine.resume(fib); out[#out + 1] = v end
print("fib", table.concat(out, " "), coroutine.status(fib))
-- interleave two generators
local function interleave(g1, g2)
  return coroutine.wrap(function()
    local done1, done2 = false, false
    while true do
      local a, b
      if not done1 then a = g1(); done1 = a == nil end
      if not done2 then b = g2(); done2 = b == nil end
      if done1 and done2 then return end
      if a ~= nil then coroutine.yield(a) end
      if b ~= nil then coroutine.yield(b) end
    end
  end)
end
out = {}
for v in interleave(range(1, 3), range(10, 50, 10)) do out[#out + 1] = v end
print("interleave", table.concat(out, " "))
-- key/value pairs from a generator, sorted traversal
local function sorted_pairs(t)
  return coroutine.wrap(function()
    local ks = {}
    for k in pairs(t) do ks[#ks + 1] = k end
    table.sort(ks)
    for _, k in ipairs(ks) do coroutine.yield(k, t[k]) end
  end)
end
for k, v in sorted_pairs({pear = 3, apple = 1, fig = 2}) do print("sorted", k, v) end
-- multiple values per yield and nil in the middle
local multi = coroutine.wrap(function() coroutine.yield(1, nil, 3); coroutine.yield(); return "r1", "r2" end)
print(select("#", multi()), select("#", multi()), multi())
-- thousands of coroutines alive at once
local cos = {}
for i = 1, 2000 do cos[i] = coroutine.create(function(x) local y = coroutine.yield(x * 2); return x + y end) end
local sum = 0
for i = 1, 2000 do local _, v = coroutine.resume(cos[i], i); sum = sum + v end
for i = 1, 2000 do local _, v = coroutine.resume(cos[i], 1); sum = sum + v end
print("sum", sum)
