-- Table constructors with positional and keyed items mixed.
local t = {"a", "b", x = 1, "c", ["y"] = 2, [10] = "ten", "d"}
print(t[1], t[2], t[3], t[4], t.x, t.y, t[10], #t)
local e = {}
print(#e, next(e))
local k = "dyn"
local d = {[k] = 1, [k .. "2"] = 2, [1 + 1] = "two", [true] = "yes"}
print(d.dyn, d.dyn2, d[2], d[true])
local n = {{1, 2}, {3, {4, 5}}, x = {y = {z = "deep"}}}
print(n[1][2], n[2][2][1], n.x.y.z)
local trailing1 = {1, 2, 3,}
local trailing2 = {1, 2, 3;}
local mixedsep = {1; 2, 3; x = 4,}
print(#trailing1, #trailing2, #mixedsep, mixedsep.x)
-- positional items overwrite earlier explicit keys with the same index
local o = {[1] = "explicit", "positional"}
print(o[1])
-- an explicit key after a positional one does not replace it
local p = {"x", [1] = "y"}
print(p[1])
local q = {[2] = "keyed two", "p1", "p2"}
print(q[1], q[2])
local fs = {function() return "f1" end, g = function() return "g" end}
print(fs[1](), fs.g())
local exprs = {1 + 1, "a" .. "b", #"xyz", not nil, -5}
print(exprs[1], exprs[2], exprs[3], exprs[4], exprs[5])
local nested_ctor = {{}, {{}}, {{{}}}}
print(#nested_ctor, #nested_ctor[3][1])
