-- math.random argument handling and ranges (values themselves are not printed)
math.randomseed(42)
local ok = true
for _ = 1, 1000 do
  local r = math.random()
  if r < 0 or r >= 1 then ok = false end
  local i = math.random(6)
  if i < 1 or i > 6 or i ~= math.floor(i) then ok = false end
  local j = math.random(-3, 3)
  if j < -3 or j > 3 then ok = false end
end
print("ranges hold", ok)
print("single value range", math.random(5, 5), math.random(1, 1), math.random(1))
print(pcall(math.random, 0))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(math.random(3.9) <= 3, math.random(-1.5, -1.5))
-- reseeding with the same seed repeats the sequence
math.randomseed(7)
local a = {math.random(100), math.random(100), math.random(100)}
math.randomseed(7)
local b = {math.random(100), math.random(100), math.random(100)}
print("repeatable", a[1] == b[1] and a[2] == b[2] and a[3] == b[3])
print(select("#", math.randomseed(1)), pcall(math.randomseed))
