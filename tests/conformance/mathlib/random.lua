-- math.random follows C rand() on glibc: seeded sequences are reproducible
math.randomseed(42)
local t = {}
for i = 1, 10 do t[i] = math.random(1, 100) end
print(table.concat(t, " "))
math.randomseed(42)
print(math.random(1, 100), math.random(10), math.random())
for _, seed in ipairs({0, 1, 7, -7, 123456, 2^31, 2^40, 3.9}) do
  math.randomseed(seed)
  print(seed, math.random(1000), math.random(1000), math.random(-5, 5))
end
math.randomseed(99)
local sum, lo, hi = 0, 1, 0
for i = 1, 1000 do
  local r = math.random()
  sum = sum + r
  if r < lo then lo = r end
  if r > hi then hi = r end
end
print(sum, lo, hi)
math.randomseed(5)
local counts = {0, 0, 0}
for i = 1, 3000 do local r = math.random(3) counts[r] = counts[r] + 1 end
print(counts[1], counts[2], counts[3])
print(math.random(7, 7), math.random(1.9, 2.5), math.random(-3, -1))
print(pcall(math.random, 0))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, "x"))
print(pcall(math.randomseed))
print(select("#", math.randomseed(1)))
