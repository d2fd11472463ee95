-- numeric for: coercion, evaluation order, step 0 errors, huge bounds
local log = {}
local function v(x, tag) log[#log + 1] = tag; return x end
for i = v(1, "start"), v(3, "limit"), v(1, "step") do log[#log + 1] = "body" .. i end
print(table.concat(log, " "))
for i = "1", "3" do io.write(i, type(i), " ") end print()
for i = " 2 ", "0x4" do io.write(i, " ") end print()
print(pcall(function() for i = 1, 2, "x" do end end))
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
-- step 0 loops forever in 5.1 unless the body breaks
local n = 0
for i = 1, 2, 0 do n = n + 1; if n == 5 then break end end
print("step 0 iterations", n)
n = 0
for i = 2, 1, 0 do n = n + 1; break end
print("step 0 start>limit", n)
-- changing the control variable does not affect iteration
local seen = {}
for i = 1, 3 do seen[#seen + 1] = i; i = i * 10; seen[#seen + 1] = i end
print(table.concat(seen, ","))
-- infinities and large values
n = 0
for i = 1, 1/0 do n = n + 1; if n >= 3 then break end end
print("to inf", n)
n = 0
for i = -1/0, 0 do n = n + 1; break end
print("from -inf", n)
for i = 2^53 - 4, 2^53 - 1, 2 do io.write(string.format("%.0f ", i)) end print()
for i = 0.1, 0.35, 0.1 do io.write(i, " ") end print()
for i = 1, 0 do print("never") end
for i = -1, -3, -1 do io.write(i, " ") end print()
-- the loop variable after the loop is not visible
local i = "outer"
for i = 1, 2 do end
print(i)
