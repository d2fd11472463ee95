-- multiple assignment: all expressions are evaluated before any assignment
local a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
local t = {1, 2, 3}
local i = 1
i, t[i] = i + 1, "set"
print(i, t[1], t[2])
local x, y = 1
print(x, y)
local p, q = 1, 2, 3, print("extra evaluated")
print(p, q)
local function two() return "r1", "r2" end
local m, n, o = two()
print(m, n, o)
m, n, o = two(), "fixed"
print(m, n, o)
m, n, o = "first", two()
print(m, n, o)
-- swaps through table fields
local s = {x = "X", y = "Y"}
s.x, s.y = s.y, s.x
print(s.x, s.y)
-- the same variable twice on the left (5.1 keeps the first)
local d
d, d = 1, 2
print(d)
local u = {}
u.k, u.k = "left", "right"
print(u.k)
-- globals
g1, g2 = "g", nil
print(g1, g2, rawget(_G, "g2"))
-- assignment to a call result's field
local function holder() return s end
holder().z = "via call"
print(s.z)
