-- pairs order after deletions, re-insertions and resizes (printed unsorted on purpose)
local function keys(label, t)
  local out = {}
  for k, v in pairs(t) do out[#out + 1] = tostring(k) .. "=" .. tostring(v) end
  print(label, table.concat(out, " "))
end
local t = {a = 1, b = 2, c = 3, d = 4}
keys("start", t)
t.b = nil
keys("del b", t)
t.e = 5
keys("add e", t)
t.b = 6
keys("re-add b", t)
-- grow past a power of two: the table is rehashed
for _, k in ipairs({"f", "g", "h", "i"}) do t[k] = k end
keys("grown", t)
-- delete everything but one, then add new keys: dead slots are reused
for _, k in ipairs({"a", "c", "d", "e", "f", "g", "h"}) do t[k] = nil end
keys("pruned", t)
t.z = 26; t.y = 25
keys("refill", t)
-- assignment to existing key during traversal is allowed
local u = {p = 1, q = 2, r = 3, s = 4}
for k in pairs(u) do u[k] = k .. "!" end
keys("rewritten", u)
-- clearing during traversal is allowed
for k in pairs(u) do u[k] = nil end
keys("cleared", u)
print("next on empty", next(u))
-- a table that shrinks on rehash
local big = {}
for i = 1, 40 do big["n" .. i] = i end
for i = 1, 38 do big["n" .. i] = nil end
big.fresh = true
keys("shrunk", big)
