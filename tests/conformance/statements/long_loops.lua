-- Loops with many iterations produce exact sums.
local s = 0
for i = 1, 1000000 do s = s + i end
print(s)
local w, i = 0, 0
while i < 100000 do i = i + 1; w = w + i % 7 end
print(w)
local r = 0
repeat r = r + 3 until r >= 300000
print(r)
local t = {}
for k = 1, 100000 do t[k] = k * 2 end
local sum = 0
for _, v in ipairs(t) do sum = sum + v end
print(#t, sum)
local down = 0
for k = 100000, 1, -1 do down = down + 1 end
print(down)
local nested = 0
for a = 1, 300 do for b = 1, 300 do nested = nested + 1 end end
print(nested)
local str = {}
for k = 1, 1000 do str[#str + 1] = "x" end
print(#table.concat(str))
