-- # on tables: array-only, with trailing nils, built by assignment (5.1 results)
local function len(label, t) print(label, #t) end
len("empty", {})
len("three", {1, 2, 3})
len("trailing nil ctor", {1, 2, nil})
len("nil in middle ctor", {1, nil, 3})
len("all nil ctor", {nil, nil})
local t = {}
for i = 1, 10 do t[i] = i end
len("filled 10", t)
t[10] = nil
len("removed last", t)
t[5] = nil
len("hole at 5", t)
t = {}
t[1] = 1; t[2] = 2; t[4] = 4
len("assigned 1,2,4", t)
t = {}
t[2] = 2
len("only 2", t)
t = {}
t[1] = 1
t[1] = nil
len("set then cleared", t)
t = {n = 3}
len("only hash", t)
t = {1, 2, 3, 4, 5, 6, 7, 8}
for i = 8, 1, -1 do t[i] = nil end
len("cleared backwards", t)
t = {}
for i = 1, 100 do t[i] = true end
for i = 51, 100 do t[i] = nil end
len("half cleared", t)
t = {[1] = 1, [2] = 2, [3] = 3}
len("explicit keys", t)
local s = "string length"
print("string", #s, #"", #"\0\0")
print(pcall(function() return #nil end))
print(pcall(function() return #5 end))
