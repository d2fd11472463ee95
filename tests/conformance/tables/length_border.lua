-- Length of tables that are proper sequences (no holes).
local t = {}
print(#t)
for i = 1, 10 do t[#t + 1] = i * i end
print(#t, t[#t])
for i = 1, 5 do t[#t] = nil end
print(#t, t[#t])
local s = {n = 3}
print(#s)
s[1] = "a"
print(#s)
s[2] = "b"; s[3] = "c"
print(#s)
local grown = {}
for i = 1, 1000 do grown[i] = true end
print(#grown)
for i = 1000, 1, -1 do grown[i] = nil end
print(#grown)
local from_ctor = {1, 2, 3, 4, 5}
from_ctor[6] = 6
print(#from_ctor)
from_ctor[#from_ctor] = nil
from_ctor[#from_ctor] = nil
print(#from_ctor)
local strkeys = {a = 1, b = 2}
print(#strkeys)
local zero = {[0] = "z"}
print(#zero)
local neg = {[-1] = 1, [1] = 1}
print(#neg)
local arr = {"x", "y", "z"}
table.insert(arr, "w")
table.insert(arr, 1, "v")
print(#arr, table.concat(arr))
table.remove(arr)
table.remove(arr, 1)
print(#arr, table.concat(arr))
