-- Float keys with integer values are the same key as the integer.
local t = {}
t[1] = "int"
print(t[1.0], t[1], t[2 / 2], t[0.5 * 2])
t[2.0] = "float-two"
print(t[2], #t)
t[1.5] = "real float"
print(t[1.5], t[3 / 2], #t)
print(rawequal(t[1], t[1.0]))
local u = {10, 20, 30}
print(u[1.0], u[2.0], u[3.0], u[4.0])
local key = 2 ^ 53
t[key] = "big"
print(t[2 ^ 53], t[9007199254740992])
t[-0] = "zero"
print(t[0])
local z = 0
t[-z] = "negative zero"
print(t[0], t[z])
local s = {}
s["1"] = "string one"
s[1] = "number one"
print(s["1"], s[1])
print(s[tonumber("1")], s[tostring(1)])
local c = 0
for _ in pairs({[1] = 1, [1.0] = 2}) do c = c + 1 end
print("entries for 1 and 1.0", c)
print(pcall(function() local n = {}; n[0 / 0] = 1 end))
print(pcall(function() local n = {}; n[nil] = 1 end))
print(({})[0 / 0], ({})[nil])
