-- pairs order for tables of string keys at each hash size (printed unsorted on purpose)
local words = {"id", "name", "email", "age", "city", "zip", "phone", "country", "role",
  "active", "created", "updated", "score", "level", "team", "tags", "notes"}
for n = 1, #words do
  local t = {}
  for i = 1, n do t[words[i]] = i end
  local out = {}
  for k in pairs(t) do out[#out + 1] = k end
  print(n, table.concat(out, " "))
end
-- the same keys inserted in reverse order
local t = {}
for i = #words, 1, -1 do t[words[i]] = i end
local out = {}
for k in pairs(t) do out[#out + 1] = k end
print("rev", table.concat(out, " "))
-- a constructor with the same keys (sized up front)
local c = {id = 1, name = 2, email = 3, age = 4, city = 5, zip = 6, phone = 7, country = 8, role = 9}
out = {}
for k in pairs(c) do out[#out + 1] = k end
print("ctor", table.concat(out, " "))
