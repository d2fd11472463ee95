-- string.sub and captures of short slices everywhere in a subject (the copy differs when
-- fewer than 24 bytes follow the slice), used as keys and compared.
local s = ""
for i = 1, 60 do s = s .. string.char(33 + (i * 37) % 90) end
local counts, out = {}, {}
for len = 2, 26 do
  for i = 1, #s - len + 1 do
    local piece = s:sub(i, i + len - 1)
    counts[piece] = (counts[piece] or 0) + 1
    if piece ~= s:sub(i, i + len - 1) or #piece ~= len then print("bad", i, len) end
  end
  out[#out + 1] = s:sub(-len) .. "|" .. s:sub(#s - len, -2) .. "|" .. s:sub(30, 29 + len)
end
local n = 0
for _ in pairs(counts) do n = n + 1 end
print(n, counts[s:sub(1, 12)], counts[s:sub(-12)])
print(table.concat(out, "\n"))
for cap in string.gmatch(s, "(" .. string.rep(".", 7) .. ")") do io.write(cap, " ") end
print()
print(string.match(s, "(.......)$"), string.match(s, "^(.......)"), string.find(s, "(...)", 55))
local keys, order = {}, {}
for i = 1, #s - 11, 3 do keys[s:sub(i, i + 11)] = i end
for k, v in pairs(keys) do order[#order + 1] = v end
print(table.concat(order, ","))
