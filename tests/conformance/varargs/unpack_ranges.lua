-- unpack with explicit ranges.
local t = {"a", "b", "c", "d", "e"}
print(unpack(t))
print(unpack(t, 2))
print(unpack(t, 2, 3))
print(unpack(t, 4, 10))
print(unpack(t, 3, 2))
print(select("#", unpack(t, 3, 2)))
print(unpack(t, -1, 1))
print(unpack({}, 1, 3))
print(select("#", unpack({}, 1, 3)))
print(unpack({1, 2, 3}, 1.5, 2.9))
print(unpack({[0] = "zero", "one"}, 0, 1))
local holes = {}
holes[1], holes[3] = "x", "z"
print(unpack(holes, 1, 3))
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end
local big = {}
for i = 1, 200 do big[i] = i end
print(sum(unpack(big)))
print(unpack({"only"}))
print(pcall(unpack))
print(unpack({n = 3, 1, 2}, 1, 3))
print(table.concat({unpack(t, 2, 4)}, "-"))
