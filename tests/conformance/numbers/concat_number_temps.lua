-- Long concatenations whose operands are numbers computed into temps: a run longer than one
-- runtime call keeps partial results in those temps, which must then read back as strings.
local a, b = 1, 2.5
print(a + 1 .. "x" .. a * 2 .. "y" .. a + 3 .. "z" .. a - 1 .. "w" .. b / 2 .. a .. a + a .. -b)
print(a .. a + 1 .. a + 2 .. a + 3 .. a + 4 .. a + 5 .. a + 6 .. a + 7 .. a + 8 .. a + 9 .. a + 10 .. a + 11 .. a + 12)
for i = 1, 3 do
  local s = i .. "," .. i * i .. "," .. i + 0.5 .. "," .. i % 2 .. "," .. i ^ 2 .. "," .. -i .. "," .. i / 4
  print(s, #s)
end
local n = 0
for i = 1, 2 do n = n + i end
local t = n .. n .. n .. n .. n .. n .. n .. n
print(t, n + 1, type(n))
