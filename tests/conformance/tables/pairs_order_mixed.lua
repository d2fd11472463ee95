-- pairs order with array part, numeric and string keys mixed (printed unsorted on purpose)
local function keys(label, t)
  local out = {}
  for k in pairs(t) do out[#out + 1] = tostring(k) end
  print(label, table.concat(out, " "))
end
keys("array+hash", {10, 20, 30, x = 1, y = 2})
keys("hash first", {x = 1, 10, y = 2, 20})
keys("explicit idx", {[1] = "a", [2] = "b", [3] = "c", name = "n"})
keys("sparse", {[1] = 1, [3] = 3, [10] = 10, [100] = 100})
keys("negative", {[-1] = 1, [0] = 0, [1] = 1, [2] = 2})
keys("floats", {[1.5] = 1, [2.5] = 2, [0.5] = 0})
keys("bools", {[true] = 1, [false] = 0, t = 2})
local t = {}
for i = 1, 10 do t[i] = i end
t.x = "x"
t[20] = 20
keys("grow array", t)
t = {}
t[3] = 3; t[2] = 2; t[1] = 1
keys("reverse ints", t)
t = {}
t.a = 1; t[1] = 1; t.b = 2; t[2] = 2; t.c = 3; t[3] = 3
keys("interleaved", t)
t = {}
for i = 1, 8 do t[i * i] = true end
keys("squares", t)
t = {"a", "b", "c", "d"}
t[2] = nil
keys("hole", t)
t = {}
t["1"] = "s"; t[1] = "n"; t["2"] = "s"; t[2] = "n"
keys("string vs num", t)
t = {}
for i = 1, 5 do t[i] = i; t["s" .. i] = i end
t[3] = nil; t.s3 = nil
keys("del both", t)
