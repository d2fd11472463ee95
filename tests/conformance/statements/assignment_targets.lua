-- Assignment targets: locals, globals, fields, computed indices, upvalues.
local t = {}
t.a = 1
t["b"] = 2
t[1] = "one"
t[1 + 1] = "two"
local key = "c"
t[key] = 3
t[key .. key] = 4
print(t.a, t.b, t[1], t[2], t.c, t.cc)
local n = {x = {y = {}}}
n.x.y.z = "deep"
n["x"]["y"].w = "mixed"
print(n.x.y.z, n.x.y.w)
local function get() return t end
get().via_call = "ok"
print(t.via_call)
local up = 0
local function bump() up = up + 1 end
bump(); bump()
print("upvalue", up)
G = 1
local function setg() G = G + 1 end
setg()
print("global", G)
local idx = 0
local function nexti() idx = idx + 1; return idx end
local arr = {}
arr[nexti()] = "first"
arr[nexti()] = "second"
print(arr[1], arr[2])
t.a, t.b = t.b, t.a
print(t.a, t.b)
local m = {}
m[true] = "bool key"
m[1.5] = "float key"
print(m[true], m[1.5])
