-- table.sort and < on strings: byte order, unsigned, a prefix before its extensions, embedded
-- zeros, the empty string, keys that share or differ in their first byte; mixed types fail.
local words = { "orders", "address", "active", "email", "id", "name", "score", "tags", "", "a", "A", "ab", "a\0", "a\0b",
  "\0", "\0\0", "\200", "\255x", "z", "Z", "zz", "~", "0", "10", "9", "aa", "aA", "a b", "price", "qty", "sku", "\127" }
local function show(t)
  local out = {}
  for i, s in ipairs(t) do out[i] = string.format("%q", s) end
  return table.concat(out, " ")
end
local t = {}
for i, w in ipairs(words) do t[i] = w end
table.sort(t)
print(show(t))
for i = 1, #t - 1 do
  if not (t[i] < t[i + 1]) or t[i + 1] < t[i] or not (t[i] <= t[i + 1]) then print("order broken at", i) end
end
table.sort(t, function(a, b) return a > b end)
print(show(t))

-- many keys sharing a first byte, as an object's sorted keys
local keys = {}
for i = 1, 40 do keys[i] = "k" .. ((i * 7919) % 40) end
table.sort(keys)
print(table.concat(keys, ","))

print(pcall(table.sort, { "a", 1, "b" }))
print(pcall(table.sort, { "a", {}, "b" }))
print(pcall(function() return "a" < 1 end))
