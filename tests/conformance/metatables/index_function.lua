-- __index as a function receives the table and the key.
local calls = {}
local t = setmetatable({present = "here"}, {__index = function(tbl, k)
  calls[#calls + 1] = tostring(k)
  if k == "self" then return tbl end
  if type(k) == "number" then return k * k end
  return nil
end})
print(t.present, t.absent, t[7], t[1.5], t.self == t)
print(table.concat(calls, ","))
-- memoizing with __index + rawset
local computed = 0
local fib = setmetatable({[0] = 0, [1] = 1}, {__index = function(self, n)
  computed = computed + 1
  local v = self[n - 1] + self[n - 2]
  rawset(self, n, v)
  return v
end})
print(fib[30], computed)
print(fib[30], computed)
-- an __index function only gets the first result
local multi = setmetatable({}, {__index = function() return "first", "second" end})
print(multi.anything)
-- errors inside __index propagate
local bad = setmetatable({}, {__index = function(_, k) error("no key " .. k, 0) end})
print(pcall(function() return bad.zzz end))
-- __index on a function-chained table
local inner = setmetatable({}, {__index = function(_, k) return "inner:" .. k end})
local outer = setmetatable({}, {__index = inner})
print(outer.q)
