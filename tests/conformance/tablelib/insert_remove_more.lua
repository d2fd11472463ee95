-- table.insert/remove at positions, with holes and beyond the end (5.1 semantics)
local function show(label, t, n)
  local out = {}
  for i = 1, n or #t do out[#out + 1] = tostring(t[i]) end
  print(label, #t, table.concat(out, ","))
end
local t = {1, 2, 3}
table.insert(t, 1, 0)
show("front", t)
table.insert(t, #t + 1, 99)
show("end pos", t)
table.insert(t, 3, "mid")
show("mid", t)
table.insert(t, 10, "far")
show("far", t, 10)
print("maxn", table.maxn(t))
t = {1, 2, 3}
print("remove last", table.remove(t), #t)
print("remove first", table.remove(t, 1), t[1], #t)
print("remove only", table.remove(t), #t, t[1])
print("remove empty", select("#", table.remove(t)), #t)
print("remove 0 on empty", select("#", table.remove({}, 0)))
t = {"a", "b", "c"}
print("remove past end", table.remove(t, 7), #t)
print("remove n", table.remove(t, #t), #t)
t = {n = 3}
table.insert(t, "x")
print("with field n", t[1], t.n, #t)
-- insert/remove with negative positions
t = {1, 2, 3}
print(pcall(table.insert, t, -1, "neg"))
show("after neg insert", t, 4)
t = {1, 2, 3}
print("remove neg", table.remove(t, -1), #t)
-- remove shifts down and clears the last slot
t = {"a", "b", "c", "d"}
table.remove(t, 2)
print("shifted", t[1], t[2], t[3], t[4], rawget(t, 4))
-- getn / setn
print("getn", table.getn({1, 2, 3, nil, 5}) >= 3, table.getn({}), table.getn({n = 10}))
print(pcall(table.setn, {}, 3))
-- maxn with non-integer keys
print("maxn", table.maxn({[1.5] = 1, [-3] = 2, [10] = 3, x = 4}), table.maxn({}), table.maxn({[0.5] = 1}))
