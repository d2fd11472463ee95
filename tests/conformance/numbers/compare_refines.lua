-- Comparisons prove their other operand a number (5.1 orders only values of one type; only a number
-- equals a number): parameters compared with numbers, then used in arithmetic, or not numbers at all.
local function f(n, m)
  if n < 2 then return n end
  local s = n - 1
  if m == 3 then s = s + m else s = m end
  return s
end
print(f(5, 3), f(5, "x"), f(1, {}), pcall(f, "a", 1))
local function g(x)
  local y = x
  while y < 10 do y = y * 2 end
  return y, x < y, (x <= 0)
end
print(g(3), pcall(g, "3"))
local function h(a, b)
  local r = a == 1
  if a == b then return "eq", a + 0 end
  if 2 == a then return "two", a end
  if a ~= 5 then return "ne", a end
  return "five", a * 2
end
for _, args in ipairs({{1, 1}, {2, 3}, {2, 2}, {"x", 4}, {5, 4}, {{}, 4}, {"5", 5}, {0 / 0, 0 / 0}}) do
  local what, v = h(args[1], args[2])
  print(what, type(v), type(v) == "number" and v or "")
end
local function k(x)
  local c = x < 3
  local d = 1 <= x
  return c, d, x + 1
end
print(k(1), k(4), pcall(k, nil))
