-- table.insert/remove/concat/sort on sequences.
local t = {}
table.insert(t, "a")
table.insert(t, "c")
table.insert(t, 2, "b")
table.insert(t, 1, "start")
print(table.concat(t, ","), #t)
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t), table.concat(t, ","))
print(table.remove({}), select("#", table.remove({})))
print(table.concat({}), table.concat({1, 2, 3}), table.concat({1, 2, 3}, ", "))
print(table.concat({"a", "b", "c", "d"}, "-", 2, 3))
print(table.concat({1.5, 2, "x"}, " "))
print(pcall(table.concat, {1, {}, 3}))
local nums = {5, 2, 8, 1, 9, 3}
table.sort(nums)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, " "))
local words = {"pear", "Apple", "fig", "banana"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return #a < #b end)
print(words[1], words[4])
print(table.maxn({1, 2, nil, 4}), table.maxn({}), table.maxn({[10] = 1, [2.5] = 1}))
print(table.getn({1, 2, 3}))
local recs = {{n = "b", v = 2}, {n = "a", v = 1}, {n = "c", v = 3}}
table.sort(recs, function(x, y) return x.v < y.v end)
print(recs[1].n, recs[2].n, recs[3].n)
