-- while and repeat loops.
local i = 0
while i < 5 do i = i + 1 end
print("while", i)
local n = 0
while false do n = n + 1 end
print("while false", n)
local r = 0
repeat r = r + 1 until r >= 3
print("repeat", r)
local once = 0
repeat once = once + 1 until true
print("repeat runs at least once", once)
-- the until expression sees locals declared in the body
local k = 0
repeat
  local done = k >= 2
  k = k + 1
until done
print("until sees body local", k)
-- closures in repeat capture the body local of each iteration
local fs = {}
local m = 0
repeat
  m = m + 1
  local v = m * 100
  fs[m] = function() return v end
until v >= 300
print(fs[1](), fs[2](), fs[3]())
-- nested loops
local acc = {}
local a = 1
while a <= 3 do
  local b = 1
  repeat acc[#acc + 1] = a .. b; b = b + 1 until b > a
  a = a + 1
end
print(table.concat(acc, " "))
-- while condition uses truthiness
local t = {1, 2, 3}
local idx = 1
while t[idx] do idx = idx + 1 end
print("first nil at", idx)
