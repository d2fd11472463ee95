-- Functions are values: stored, passed, returned, compared.
local ops = {
  add = function(a, b) return a + b end,
  sub = function(a, b) return a - b end,
  mul = function(a, b) return a * b end,
}
local names = {"add", "sub", "mul"}
for _, n in ipairs(names) do print(n, ops[n](7, 3)) end
local function map(f, t)
  local r = {}
  for i, v in ipairs(t) do r[i] = f(v) end
  return r
end
print(table.concat(map(function(x) return x * x end, {1, 2, 3, 4}), " "))
local function filter(p, t)
  local r = {}
  for _, v in ipairs(t) do if p(v) then r[#r + 1] = v end end
  return r
end
print(table.concat(filter(function(x) return x % 2 == 0 end, {1, 2, 3, 4, 5, 6}), " "))
local function fold(f, acc, t)
  for _, v in ipairs(t) do acc = f(acc, v) end
  return acc
end
print(fold(ops.add, 0, {1, 2, 3, 4, 5}), fold(ops.mul, 1, {1, 2, 3, 4, 5}))
local function curry(f) return function(a) return function(b) return f(a, b) end end end
print(curry(ops.sub)(10)(4))
print(type(print), type(function() end), type(ops.add))
local alias = print
alias("printed through an alias")
table.sort(names, function(a, b) return a > b end)
print(table.concat(names, " "))
local f = function() return "immediate" end
print((function() return "iife" end)(), f())
local dispatch = {[1] = "one", [print] = "print as key"}
print(dispatch[print])
