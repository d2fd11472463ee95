-- Assigning the same variable twice in one statement: 5.1 keeps the first value.
local a
a, a = 1, 2
print("local a, a = 1, 2 ->", a)
g = nil
g, g = "first", "second"
print("global g, g ->", g)
local t = {}
t.k, t.k = "x", "y"
print("field t.k, t.k ->", t.k)
t[1], t[1] = "one", "uno"
print("index t[1], t[1] ->", t[1])
local b
b, b, b = 1, 2, 3
print("b, b, b ->", b)
