-- Numeric for loops whose index lives in a register of its own from the prep to the loop's end
-- (the compiler's counter home), next to code that reuses the same temp for other arithmetic.

-- The start is computed into the index temp, which the loop condition of the while also uses.
local function marks(n)
  local seen, hits = {}, 0
  local i = 2
  while i * i <= n do
    for j = i * i, n, i do
      if not seen[j] then seen[j] = true; hits = hits + 1 end
    end
    i = i + 1
  end
  return hits
end
print("marks", marks(100), marks(1000))

-- Exact double sums: float steps, the 2^53 boundary, huge steps, NaN and infinite limits.
local function trace(a, b, c, max)
  local out = {}
  for x = a, b, c do
    out[#out + 1] = string.format("%.17g", x)
    if #out >= max then break end
  end
  return table.concat(out, " ")
end
print("tenths", trace(0, 1, 0.1, 20))
print("2^53", trace(2 ^ 53 - 3, 2 ^ 53 + 4, 1, 10))
print("2^53 step 2", trace(2 ^ 53 - 4, 2 ^ 53 + 4, 2, 10))
print("huge step", trace(1, 1e300, 1e299, 20))
print("down", trace(5, -5, -2.5, 20))
print("inf", trace(1, 1 / 0, 1e308, 5))
print("nan limit", trace(1, 0 / 0, 1, 5))
print("nan step", trace(1, 5, 0 / 0, 5))
print("zero step", trace(1, 5, 0, 4))
print("-0", trace(-0, 0, 1, 3))

-- Calls in the body (the counter crosses them), errors caught, a closure per iteration.
local function withCalls(n)
  local fs, sum = {}, 0
  for k = 1, n do
    local ok = pcall(function() if k % 3 == 0 then error("x") end end)
    if ok then sum = sum + k end
    fs[k] = function() return k end
  end
  return sum, fs[1](), fs[n]()
end
print("calls", withCalls(10))

-- The body reassigns the variable; the loop keeps its own index.
local function reassign()
  local out = {}
  for i = 1, 5 do
    i = i * 100
    out[#out + 1] = i
  end
  return table.concat(out, ",")
end
print("reassign", reassign())

-- Nested loops on the same shapes, a break out of the inner one, loops one after another.
local function nested(n)
  local t = 0
  for a = 1, n do
    for b = a, n, 2 do
      if b > a + 4 then break end
      t = t + a * b
    end
  end
  for c = n, 1, -1 do t = t - c end
  for d = 0.5, n do t = t + d end
  return t
end
print("nested", nested(9))

-- Inside a coroutine (the resumable form) and through string bounds.
local co = coroutine.wrap(function()
  local s = 0
  for i = "1", "10", "3" do s = s + i; coroutine.yield(i) end
  return s
end)
print("coroutine", co(), co(), co(), co(), co())
