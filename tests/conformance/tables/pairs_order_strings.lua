-- pairs order over string keys follows 5.1's hash layout (deliberately printed unsorted)
local function keys(label, t)
  local out = {}
  for k in pairs(t) do out[#out + 1] = tostring(k) end
  print(label, table.concat(out, " "))
end
keys("ctor abc", {a = 1, b = 2, c = 3})
keys("ctor cba", {c = 3, b = 2, a = 1})
local t = {}
t.a = 1; t.b = 2; t.c = 3
keys("assign abc", t)
t = {}
t.c = 3; t.b = 2; t.a = 1
keys("assign cba", t)
keys("words", {alpha = 1, beta = 2, gamma = 3, delta = 4, epsilon = 5})
keys("names", {name = "x", id = 1, type = "y", value = 2, kind = 3, size = 4, next = 5})
t = {}
for _, w in ipairs({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}) do
  t[w] = true
end
keys("nine", t)
t = {}
for i = 1, 20 do t["k" .. i] = i end
keys("k1..k20", t)
t = {}
for i = 20, 1, -1 do t["k" .. i] = i end
keys("k20..k1", t)
t = {}
for i = 1, 12 do t[string.rep("x", i)] = i end
keys("x reps", t)
keys("single", {only = 1})
keys("long keys", {["a long key with spaces"] = 1, ["another long key, longer than 32 chars!"] = 2, short = 3})
