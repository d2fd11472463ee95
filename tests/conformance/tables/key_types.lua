-- every kind of value as a table key
local t = {}
local f = function() end
local co = coroutine.create(f)
local tk = {}
t[1] = "number"; t[1.5] = "float"; t["s"] = "string"; t[true] = "true"; t[false] = "false"
t[f] = "function"; t[co] = "thread"; t[tk] = "table"; t[print] = "cfunction"
print(t[1], t[1.5], t.s, t[true], t[false], t[f], t[co], t[tk], t[print])
local n = 0
for _ in pairs(t) do n = n + 1 end
print("count", n)
print(t[{}], t[function() end], t[2], t["1"])
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0/0] = 1 end))
print(t[nil], rawget(t, nil))
local z = 0
t[-z] = "neg zero"
print(t[0], t[z])
-- string keys are compared by value, including embedded zeros
t["a\0b"] = "zero inside"
print(t["a\0b"], t["a"], t["a\0c"])
local k1, k2 = "con" .. "cat", "concat"
t[k1] = "joined"
print(t[k2])
-- integral floats normalise to the same key as integers
t[3] = "three"
print(t[3.0], t[6/2], t[3.0000000000000004])
