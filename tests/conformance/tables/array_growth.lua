-- Arrays grown, shifted and shrunk element by element.
local t = {}
for i = 1, 20 do t[#t + 1] = i end
print(#t, t[20])
table.insert(t, 1, 0)
table.insert(t, 11, "mid")
print(#t, t[1], t[11], t[12], t[22])
print(table.remove(t, 11), #t, t[11])
for _ = 1, 5 do table.remove(t, 1) end
print(#t, t[1], t[#t])
while #t > 3 do t[#t] = nil end
print(#t, table.concat(t, ","))
local sparse_then_filled = {}
sparse_then_filled[3] = "c"
sparse_then_filled[2] = "b"
sparse_then_filled[1] = "a"
print(#sparse_then_filled, table.concat(sparse_then_filled))
local copy = {}
for i, v in ipairs(t) do copy[i] = v end
copy[1] = "changed"
print(t[1], copy[1])
local big = {}
for i = 1, 5000 do big[i] = i end
for i = 1, 5000, 2 do big[i] = big[i] * -1 end
local negs = 0
for _, v in ipairs(big) do if v < 0 then negs = negs + 1 end end
print(#big, negs)
for i = 5000, 2501, -1 do table.remove(big) end
print(#big, big[#big])
