-- table.insert / table.remove: positions, shifting, growth past the end, and results
local function show(label, t, n)
  local parts = {}
  for i = 1, n do parts[#parts + 1] = tostring(t[i]) end
  print(label, #t, table.concat(parts, ","))
end

local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "c")
show("append+front", t, 4)
table.insert(t, 2, "d")
show("middle", t, 5)
table.insert(t, #t + 1, "e")
show("at end", t, 6)
table.insert(t, 9, "far")
show("past end", t, 9)

local u = {10, 20, 30}
table.insert(u, 0, "zero")
show("at 0", u, 3)
print("u[0]", u[0])
table.insert(u, -2, "neg")
print("u[-2]", u[-2], #u)

local r = {1, 2, 3, 4, 5}
print("remove last", table.remove(r), #r)
print("remove first", table.remove(r, 1), #r)
show("after", r, 3)
print("remove 0", select("#", table.remove(r, 0)))
print("remove 99", select("#", table.remove(r, 99)))
print("remove empty", select("#", table.remove({})))
print("remove #t", table.remove(r, #r), #r)

local holes = {1, 2, nil, 4}
print("holes len", #holes)
print("insert numstr pos", pcall(table.insert, {1, 2}, "1", "x"))

for _, args in ipairs({ {}, {1, 2, 3, 4} }) do
  local ok, msg = pcall(function() table.insert({}, unpack(args)) end)
  print("insert args", #args, ok, msg)
end
print(pcall(table.insert, nil, 1))
print(pcall(table.remove, "x"))
print(pcall(table.insert, {}, "a", 1))
