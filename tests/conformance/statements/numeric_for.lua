-- Numeric for: bounds, steps, and iteration counts.
local function run(a, b, c)
  local out, n = {}, 0
  if c then
    for i = a, b, c do n = n + 1; out[n] = tostring(i) end
  else
    for i = a, b do n = n + 1; out[n] = tostring(i) end
  end
  print(a, b, c, "->", n, table.concat(out, " "))
end
run(1, 5)
run(5, 1)
run(5, 1, -1)
run(1, 1)
run(1, 0)
run(0, 10, 3)
run(10, 0, -3)
run(1, 2, 0.5)
run(-1, 1, 0.5)
run(1, 5, 10)
run(3, 3, -1)
run(1.5, 4)
run(0.5, -1, -0.5)
run("1", "3")
run(1, 3, "1")
-- the limit is rounded nowhere: 1..3.9 runs 3 times
run(1, 3.9)
