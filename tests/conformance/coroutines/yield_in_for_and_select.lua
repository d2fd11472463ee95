-- Generic for over pairs, ipairs and next, and select on varargs, inside a coroutine that yields
-- between the steps: the loop state survives suspension.
local t = { 1, 2, 3, a = "x", b = "y", c = "z", [10] = 10 }
local co = coroutine.wrap(function()
  for k, v in pairs(t) do coroutine.yield(k, v) end
  for i, v in ipairs(t) do coroutine.yield(i, v) end
  for k, v in next, t do local a, b = coroutine.yield(k) end
  return "done"
end)
for i = 1, 20 do
  local a, b = co()
  io.write(tostring(a), ":", tostring(b), " ")
  if a == "done" then break end
end
print()
local function f(...) return select('#', ...), (select(2, ...)) end
local co2 = coroutine.wrap(function(...)
  local n, s = f(...)
  coroutine.yield(n, s)
  coroutine.yield(select('#', ...), select(2, ...))
  return math.max(1, (coroutine.yield(select(-1, ...))))
end)
print(co2(1, 2, 3)); print(co2()); print(co2()); print(co2(7))
