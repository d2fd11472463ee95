-- coroutine.wrap functions are ordinary values: stored, passed, compared, called by pcall
local w = coroutine.wrap(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
print(type(w), w == w)
local store = {gen = w}
print(store.gen(1))
print(pcall(store.gen, 21))
print(pcall(store.gen))
-- wrap receives varargs on the first call only as the body's parameters
local echo = coroutine.wrap(function(...)
  local n = select("#", ...)
  local x = {coroutine.yield(n)}
  return #x, x[1], x[2]
end)
print(echo(nil, nil, nil))
print(echo("p", "q"))
-- a wrapped function used as a callback inside table.sort (not yielding) is fine
local calls = 0
local cmp = coroutine.wrap(function(a, b)
  while true do calls = calls + 1; a, b = coroutine.yield(a < b) end
end)
local list = {5, 2, 4, 1, 3}
table.sort(list, cmp)
print(table.concat(list, " "), calls > 0)
-- a wrapped generator used through string.gsub's function replacement
local seq = coroutine.wrap(function() local i = 0; while true do i = i + 1; coroutine.yield("<" .. i .. ">") end end)
print((string.gsub("a b c", "%a", function() return seq() end)))
