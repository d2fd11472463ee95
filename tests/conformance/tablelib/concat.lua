-- table.concat: separators, ranges, number formatting and bad values
local t = {1, 2.5, "x", 1e15, -0.1, 2^53}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2, 4))
print(table.concat(t, "-", 4, 2) == "")
print(table.concat(t, "-", 3, 3))
print(table.concat({}, "x"))
print(table.concat({"a", "b"}, 7))
print(table.concat({"a", "b", "c"}, "", 2))
local ok, msg = pcall(table.concat, {1, {}, 3})
print(ok, msg)
ok, msg = pcall(function() return table.concat({1, 2}, ",", 1, 3) end)
print(ok, msg)
ok, msg = pcall(function() return table.concat({true}) end)
print(ok, msg)
print(pcall(table.concat, {}, {}))
print(pcall(table.concat, "abc"))
local big = {}
for i = 1, 100 do big[i] = i % 10 end
print(table.concat(big))
print(#table.concat(big, "ab"))
local nested = setmetatable({}, {__index = function(_, k) return "meta" .. k end})
print(pcall(table.concat, nested, ",", 1, 2))
