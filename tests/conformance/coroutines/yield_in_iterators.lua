-- yielding from Lua code called by a for-in body is fine; from the iterator call it is not
local function items() return ipairs({"a", "b", "c"}) end
local co = coroutine.wrap(function()
  for i, v in items() do coroutine.yield(i .. v) end
  return "loop done"
end)
print(co(), co(), co(), co())
-- a Lua iterator function that calls yield directly is called by the VM's for-in: boundary
local bad = coroutine.create(function()
  for v in function(_, last) if (last or 0) < 2 then coroutine.yield("from iterator") return (last or 0) + 1 end end do end
end)
print(coroutine.resume(bad))
-- the usual fix: the generator is a coroutine itself, the loop body stays plain
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
local outer = coroutine.wrap(function()
  for v in gen do coroutine.yield("outer " .. v) end
  return "outer end"
end)
print(outer(), outer(), outer(), outer())
-- yield inside string.gmatch loop body (the iterator is C, the body is Lua)
local words = coroutine.wrap(function()
  for w in string.gmatch("one two three", "%a+") do coroutine.yield(w) end
  return "no more"
end)
print(words(), words(), words(), words())
-- yield inside a pairs loop body over a sorted key list
local t = {b = 2, a = 1, c = 3}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
local walker = coroutine.wrap(function()
  for _, k in ipairs(keys) do coroutine.yield(k, t[k]) end
end)
print(walker())
print(walker())
print(walker())
