-- Numeric for loops the compiler runs on doubles: float steps, negative and NaN steps, huge and
-- infinite limits, string bounds, a body that reassigns the loop variable, breaks.
local function count(a, b, c)
  local n, last = 0, nil
  for i = a, b, c do
    n = n + 1
    last = i
    if n > 50 then break end
  end
  return n, last
end

print("0.1 steps", count(0, 1, 0.1))
print(string.format("last 0.1: %.17g", select(2, count(0, 1, 0.1))))
print("0.3 steps", count(1, 0, -0.3))
print(string.format("sum 0.1: %.17g", (function() local s = 0 for x = 0, 1, 0.1 do s = s + x end return s end)()))
print("neg step", count(10, 1, -3))
print("empty", count(1, 0, 1))
print("nan step", count(1, 10, 0 / 0))
print("nan limit", count(1, 0 / 0, 1))
print("nan start", count(0 / 0, 10, 1))
print("inf limit", count(1, math.huge, 1))
print("-inf limit", count(1, -math.huge, -1))
print("inf step", count(1, 10, math.huge))
print("huge start", count(2 ^ 53 - 2, 2 ^ 53 + 2, 1))
print("strings", count("2", "6", "2"))
print("-0 start", count(-0, 0, 1))
for i = -0, 0 do print("neg zero index", i, 1 / i) end

-- The body reassigns the loop variable; the loop keeps its own count.
for i = 1, 3 do
  local before = i
  i = "s" .. i
  print("reassigned", before, i)
end
for i = 1, 3 do
  i = i * 10
  print("scaled", i)
end

-- Nested loops with breaks and a limit computed in the outer loop.
local total = 0
for i = 1, 10 do
  for j = i, 10, 2 do
    if j > 7 then break end
    total = total + i * j
  end
  if i == 8 then break end
end
print("nested", total)

-- Errors from the prep: 5.1's messages.
print(pcall(function() for i = "x", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))

-- The same shapes with bounds the compiler sees as numbers.
local n = 0
for i = 1, 1 / 0 do n = n + 1; if i >= 7 then break end end
print("literal inf", n)
n = 0
for i = 1, 0 / 0 do n = n + 1 end
print("literal nan limit", n)
n = 0
for i = 3, 1, -0.5 do n = n + i end
print("literal half steps", n)
n = 0
for i = 0.1, 0.35, 0.05 do n = n + 1 end
print("literal float steps", n)
for i = 1, 2 do
  local j = i
  for k = j, j + 1 do j = j + k end
  print("inner", i, j)
end
