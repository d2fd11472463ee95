-- table constructors: separators, computed keys, duplicates, multiple results
local function f() return "a", "b", "c" end
local function none() end
local t = {1, 2; 3, x = 4; [5] = 5,}
print(#t, t[1], t[3], t.x, t[5])
t = {f()}
print(#t, t[3])
t = {f(), f()}
print(#t, t[1], t[2], t[4])
t = {(f())}
print(#t)
t = {f(), nil}
print(#t, t[1], t[2])
t = {none(), "after"}
print(t[1], t[2])
t = {"before", none()}
print(#t, t[1], t[2])
t = {[1] = "explicit", "positional"}
print(t[1])
t = {"positional", [1] = "explicit"}
print(t[1])
t = {x = 1, x = 2}
print(t.x)
local k = "dyn"
t = {[k] = 1, [k .. "2"] = 2, [1 + 1] = "two", [true] = "yes", ["with space"] = 3}
print(t.dyn, t.dyn2, t[2], t[true], t["with space"])
t = {{1, {2, {3}}}, {n = {m = "deep"}}}
print(t[1][2][2][1], t[2].n.m)
t = {[1.0] = "one float", [2^53] = "big"}
print(t[1], t[2^53])
t = {...}
print("main varargs", #t)
t = {f = function(self) return self.v end, v = "method in ctor"}
print(t:f())
print(#{n = 1}, #{nil}, #{nil, nil, 3} >= 0, #{1, 2, nil})
print(select("#", unpack({1, nil, 3})))
