-- table.sort: custom orders, stability not guaranteed (use unique keys), errors
local function show(label, t) print(label, table.concat(t, " ")) end
local t = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}
table.sort(t)
show("asc", t)
table.sort(t, function(a, b) return a > b end)
show("desc", t)
local words = {"pear", "Apple", "fig", "banana", "apple", "Fig"}
table.sort(words)
show("bytes", words)
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
show("caseless", words)
local recs = {{n = "c", v = 3}, {n = "a", v = 1}, {n = "b", v = 2}}
table.sort(recs, function(x, y) return x.v < y.v end)
print("records", recs[1].n, recs[2].n, recs[3].n)
-- sorting numbers with floats, negatives and infinities
local nums = {3.5, -1, 1/0, 0, -1/0, 2, -2.5}
table.sort(nums)
show("floats", nums)
-- sorting strings that look like numbers compares bytes
local numstr = {"10", "9", "100", "1", "-5"}
table.sort(numstr)
show("numeric strings", numstr)
-- big reverse-sorted input
local big = {}
for i = 1, 500 do big[i] = 501 - i end
table.sort(big)
print("big", big[1], big[250], big[500])
-- an invalid order function is detected on some inputs
local ok, e = pcall(table.sort, {5, 4, 3, 2, 1, 6, 7, 8, 9, 10, 11, 12}, function(a, b) return true end)
print("always true", ok, e)
-- comparator errors propagate
print(pcall(table.sort, {1, 2, 3}, function(a, b) error("cmp failed") end))
-- only the array part up to #t is sorted
local holes = {3, 1, 2, x = "ignored"}
table.sort(holes)
print("with field", holes[1], holes[2], holes[3], holes.x)
print("empty", pcall(table.sort, {}))
print("one", pcall(table.sort, {42}))
