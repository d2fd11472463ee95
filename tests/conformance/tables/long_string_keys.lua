-- Long strings (past the 24 bytes kept inline) built in every way, used as table keys and
-- compared: lookups, pairs order (which follows 5.1's string hash) and equality.
local function builders(i)
  local w = "segment" .. i
  return {
    w .. "-" .. string.rep("x", 20 + i % 7),
    string.rep(w, 4),
    string.format("%s|%05d|%-12s|%x", w, i, w, i * 7919),
    table.concat({ w, w, w, tostring(i) }, "/"),
    (string.gsub(string.rep("ab", 15 + i % 5), "a", w)),
    string.upper(string.rep(w, 3)),
    string.sub(string.rep("0123456789", 10), i % 10 + 1, i % 10 + 40 + i % 30),
  }
end

local t, n = {}, 0
for i = 1, 60 do
  for j, s in ipairs(builders(i)) do
    n = n + 1
    t[s] = (t[s] or 0) + j
  end
end
-- the same strings rebuilt find the same entries
local hits = 0
for i = 1, 60 do
  for j, s in ipairs(builders(i)) do
    if t[s] then hits = hits + 1 end
  end
end
print(n, hits)
local order, count = {}, 0
for k, v in pairs(t) do
  count = count + 1
  if count <= 25 then order[#order + 1] = #k .. ":" .. k:sub(1, 12) .. "=" .. v end
end
print(count, table.concat(order, " "))

-- equality and order between long strings made differently
local a = string.rep("abc", 20)
local b = "abcabcabcabcabcabcabcabcabcabc" .. "abcabcabcabcabcabcabcabcabcabc"
local c = table.concat({ "abcabcabcabcabcabcabcabcabcab", "cabcabcabcabcabcabcabcabcabcabc" })
local d = string.rep("abc", 19) .. "abd"
print(a == b, b == c, a == c, a == d, a < d, d > c, #a, #d)
local set = { [a] = 1 }
print(set[b], set[c], set[d], rawequal(a, c))
set[c] = 2
local keys = 0
for _ in pairs(set) do keys = keys + 1 end
print(keys, set[a])
