-- The # operator on strings and on tables with array parts.
print(#"", #"a", #"hello world", #"\0\0")
print(#"héllo", #"日本")
print(#{}, #{1, 2, 3}, #{nil}, #{n = 1})
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[101] = 101
print(#t)
t[#t] = nil
print(#t)
for i = #t, 51, -1 do t[i] = nil end
print(#t)
local s = {"a", "b", "c"}
s[#s + 1] = "d"
print(#s, s[#s])
print(#{1, 2, 3, nil})
print(#{"x", "y", n = 5, "z"})
local u = {}
u[1] = 1; u[2] = 2; u[3] = 3
print(#u)
print(#("abc" .. "def"), -#"xy")
local nested = {{1, 2}, {3, 4, 5}}
print(#nested, #nested[2])
print(pcall(function() return #nil end))
print(pcall(function() return #5 end))
