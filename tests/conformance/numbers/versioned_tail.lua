-- A function whose parameters feed arithmetic in loops is lowered twice from a cut on: a copy for
-- number arguments and the generic code for everything else. Both must behave like 5.1.

local function grid(n, scale)
  local sum, inside = 0, 0
  for y = 0, n - 1 do
    local cy = 2.0 * y / n - 1.0
    for x = 0, n - 1 do
      local cx = 2.0 * x / n - 1.5
      local zr, zi = 0.0, 0.0
      for _ = 1, 20 do
        local t = zr * zr - zi * zi + cx
        zi = 2.0 * zr * zi + cy
        zr = t
        if zr * zr + zi * zi > 4.0 then break end
      end
      if zr * zr + zi * zi <= 4.0 then inside = inside + 1 end
      sum = sum + (zr - zi) * scale
    end
  end
  return inside, string.format("%.6f", sum)
end

print(grid(12, 1))
print(grid(12, 0.5))
print(grid(7, -2))
-- Strings convert in arithmetic: the generic code runs.
print(grid("12", 1))
print(grid(12, "0.25"))
print(grid(0, 1))
print(grid(1, 1/0))
print(grid(3, 0/0) )

-- A metamethod's result can be anything: the generic code must call it and carry its result.
local calls = 0
local meta = {}
meta.__div = function(a, b) calls = calls + 1; return 3 end
meta.__sub = function(a, b) calls = calls + 1; return 2 end
meta.__lt = function(a, b) return false end
meta.__le = function(a, b) calls = calls + 1; return calls < 40 end
local odd = setmetatable({}, meta)
print(pcall(grid, odd, 1))
print("metamethod calls", calls)

-- Errors from the generic code name the variable as 5.1 does.
print(pcall(grid, nil, 1))
print(pcall(grid, 4, {}))
print(pcall(grid, 4, nil))

-- A local set once from a call, then used by loops: the cut comes after it (main-chunk style).
local function main_like(arg1)
  local n = tonumber(arg1) or 10
  local acc = 0
  for i = 1, n do
    for j = 1, n do
      acc = acc + (i * j) % 7 - n / (i + j) + (n - i) * (n - j) / (n + 1)
      if acc > n * 1000 then acc = acc - n end
    end
  end
  local t = {}
  for i = 1, n do t[i] = i * n end
  local function closure(a, b) return a + b + #t end
  return string.format("%.4f", acc), #t, t[n], closure(acc, n), n * 2
end
print(main_like("8"))
print(main_like(nil))
print(main_like("0x10"))
print(main_like("1e1"))
print(main_like("abc"))

-- Multiple results and a tail call from the copy.
local function spread(a, b)
  local s = 0
  for i = 1, 10 do s = s + a * i - b / i end
  for i = 1, 10 do s = s - (a + i) * (b - i) end
  return select(2, s, a + b, a - b)
end
print(spread(3, 4))
print(spread("3", 4))
print(pcall(spread, 3, false))
