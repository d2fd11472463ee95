-- find/match with a pattern of one single-byte item (no matcher runs), the first-byte check
-- of the start search, and positions converted from odd numbers.
local s = '{"a": [1, 2.5, -3e2, true], "s": "x\\ty", "o": {}}  \t\n'
local pats = { "[^ \t\r\n]", '["\\]', "%s", "%d", "[%]}]", ",", "%a", "[\1-\31]", "x", "%z", "." }
for _, p in ipairs(pats) do
  local out = {}
  for _, init in ipairs({ 1, 2, 3, 7, 30, #s - 2, #s, #s + 1, #s + 5, -1, -3, -100, 0 }) do
    local a, b = string.find(s, p, init)
    local m = string.match(s, p, init)
    out[#out + 1] = tostring(a) .. ":" .. tostring(b) .. ":" .. string.format("%q", tostring(m))
  end
  print(string.format("%q", p), table.concat(out, " "))
end
-- a scanner loop as json's decoder writes it
local pos, n = 1, 0
local text = '  [ 1 ,2,  3 ]  '
while true do
  pos = string.find(text, "[^ \t\r\n]", pos)
  if not pos then break end
  n = n + 1
  pos = pos + 1
end
print(n)
-- positions that are not integers, huge or NaN (C's conversion to a 64-bit integer)
for _, init in ipairs({ 2.7, -2.7, 1e300, -1e300, 2^63, -2^63, 2^53 + 1, 0/0 }) do
  print(init ~= init and "nan" or init, string.find("abcabc", "c", init), string.find("abcabc", "[bc]+", init),
    string.sub("abcdef", init), string.sub("abcdef", 2, init), string.byte("abcdef", init))
end
print(string.format("%d %d", 3.99, -3.99), ("x"):rep(2.9), string.char(65.7, 66.2))
