-- Any value except nil (and NaN) can be a key.
local t = {}
local tk, fk = {}, function() end
t[true] = "true key"
t[false] = "false key"
t[tk] = "table key"
t[fk] = "function key"
t[print] = "builtin key"
t["s"] = "string key"
t[3.25] = "float key"
t[-7] = "negative key"
t[0] = "zero key"
print(t[true], t[false], t[tk], t[fk], t[print])
print(t.s, t[3.25], t[-7], t[0])
print(t[{}], t[function() end], t["S"])
t[true] = nil
print(t[true], t[false])
local count = 0
for _ in pairs(t) do count = count + 1 end
print("entries", count)
local coroutine_key = coroutine.create(function() end)
t[coroutine_key] = "thread key"
print(t[coroutine_key])
t[1e300] = "huge float"
t[math.huge] = "infinity"
t[-math.huge] = "-infinity"
print(t[1e300], t[1 / 0], t[-1 / 0])
local s = {}
s["10"] = "string"; s[10] = "number"
print(s["10"], s[10], s[tonumber("10")])
