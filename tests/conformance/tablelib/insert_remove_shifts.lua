-- table.insert/table.remove moving elements: inside the array part, across into the hash
-- part, with positions outside 1..#t, and on tables whose array part grows during the shift.
local function show(label, t, n)
  local out = {}
  for i = -1, n do out[#out + 1] = tostring(t[i]) end
  print(label, #t, table.concat(out, " "))
end

local t = {}
for i = 1, 10 do t[i] = i * 10 end
table.insert(t, 1, "a"); show("front", t, 12)
table.insert(t, 6, "m"); show("mid", t, 13)
table.insert(t, #t + 1, "end"); show("end", t, 14)
print("removed", table.remove(t, 1), table.remove(t, 5), table.remove(t))
show("after", t, 14)

-- keys in the hash part only (built backwards), then shifted through both parts
local h = {}
for i = 8, 1, -1 do h[i] = "h" .. i end
table.insert(h, 3, "x"); show("hash", h, 10)
print("removed", table.remove(h, 2)); show("hash", h, 10)

-- a position past the border: nothing moves, the value lands there
local p = { 1, 2, 3 }
table.insert(p, 7, "far"); show("far", p, 8)

-- positions 0 and negative: 5.1 shifts through the hash part down to them
local z = { "a", "b", "c" }
table.insert(z, 0, "zero"); show("zero", z, 4)
local n = { "a", "b" }
table.insert(n, -1, "neg"); show("neg", n, 3)
print("remove 0", table.remove({}, 0), select("#", table.remove({ 1 }, 5)))

-- an array part that grows on the first store of the shift
local g = {}
for i = 1, 16 do g[i] = i end
table.insert(g, 2, "g"); show("grow", g, 18)
for i = 1, 16 do table.remove(g, 1) end
show("drained", g, 3)

-- a queue drained from the front keeps its values in order
local q = {}
for i = 1, 300 do q[#q + 1] = i end
local sum, order = 0, true
for i = 1, 300 do
  local v = table.remove(q, 1)
  if v ~= i then order = false end
  sum = sum + v
end
print("queue", sum, order, #q, next(q))
