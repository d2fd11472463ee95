-- a chunk with more than 65536 distinct constants in one table constructor
local parts = {"local t = {"}
for i = 1, 70000 do parts[#parts + 1] = "k" .. i .. " = " .. (i + 0.5) .. "," end
parts[#parts + 1] = "} return t"
local src = table.concat(parts, "\n")
local f, err = loadstring(src)
print("compiled", f ~= nil, err)
local t = f()
local n, s = 0, 0
for _, v in pairs(t) do n = n + 1; s = s + v end
print("entries", n, s, t.k1, t.k65536, t.k70000)
