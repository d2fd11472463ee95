-- Multiple assignment: all expressions are evaluated before any assignment.
local a, b = 1, 2
a, b = b, a
print("swap", a, b)
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print("rotate", x, y, z)
local p, q = 1
print("missing values are nil", p, q)
p, q = 1, 2, 3
print("extra values dropped", p, q)
local t = {1, 2, 3}
local i = 1
i, t[i] = i + 1, "changed"
print("index evaluated first", i, t[1], t[2])
local u = {}
u.a, u.b, u.c = "A", "B"
print(u.a, u.b, u.c)
local function three() return 1, 2, 3 end
local m, n, o, r = three()
print("call at end expands", m, n, o, r)
m, n, o = three(), 10
print("call not at end gives one", m, n, o)
m, n, o = 0, three()
print(m, n, o)
local v = {}
v[1], v[2] = v[2], "two"
print(v[1], v[2])
local s1, s2 = "a", "b"
s1, s2 = s2 .. s1, s1 .. s2
print(s1, s2)
