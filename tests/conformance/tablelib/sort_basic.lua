-- table.sort: default order, comparators, and the exact sequence of comparator calls
local function dump(t) return table.concat(t, " ") end

local nums = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(nums)
print(dump(nums))

local words = {"pear", "apple", "fig", "banana", "Cherry", "apple"}
table.sort(words)
print(dump(words))

table.sort(words, function(a, b) return a > b end)
print(dump(words))

local calls = {}
local t = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9}
table.sort(t, function(a, b)
  calls[#calls + 1] = a .. "<" .. b
  return a < b
end)
print(dump(t))
print(#calls)
print(table.concat(calls, " ", 1, 20))

-- records by two keys
local people = {
  {name = "ann", age = 31}, {name = "bob", age = 25}, {name = "cid", age = 31},
  {name = "dan", age = 19}, {name = "eve", age = 25},
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end)
for _, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end
print()

-- sizes 0..4 and already sorted / reversed input
for n = 0, 4 do
  local a = {}
  for i = 1, n do a[i] = n - i end
  table.sort(a)
  print(n, dump(a))
end
local rev = {}
for i = 1, 50 do rev[i] = 51 - i end
table.sort(rev)
print(rev[1], rev[25], rev[50])

-- __lt metamethod is used by the default comparison
local mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for i, v in ipairs({4, 2, 5, 1, 3}) do objs[i] = setmetatable({v = v}, mt) end
table.sort(objs)
for _, o in ipairs(objs) do io.write(o.v, " ") end
print()

-- a non-strict comparator still terminates here; the result follows 5.1's algorithm
local eq = {5, 5, 3, 5, 1, 5, 2, 5}
print(pcall(table.sort, eq, function(a, b) return a <= b end))
print(dump(eq))
