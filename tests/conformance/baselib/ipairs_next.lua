-- ipairs stops at the first nil; next walks every key.
local arr = {"a", "b", "c"}
for i, v in ipairs(arr) do print("ipairs", i, v) end
local holes = {1, 2, nil, 4}
local n = 0
for _ in ipairs(holes) do n = n + 1 end
print("ipairs with hole", n)
local f, s, ctl = ipairs(arr)
print(type(f), s == arr, ctl)
print(f(arr, 0))
print(f(arr, 2))
print(f(arr, 3))
print(next({}))
local k, v = next({"only"})
print(k, v)
print(next({"only"}, 1))
local t = {10, 20, 30, x = "ex"}
local keys = {}
local key = next(t)
while key ~= nil do keys[#keys + 1] = tostring(key); key = next(t, key) end
table.sort(keys)
print(table.concat(keys, " "))
print(pcall(next, {}, "missing"))
print(pcall(ipairs))
print(pcall(ipairs, nil))
local mt_arr = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 2 end end})
local seen = 0
for _ in ipairs(mt_arr) do seen = seen + 1 end
print("ipairs ignores __index in 5.1", seen)
local p, ps, pc = pairs(arr)
print(type(p), ps == arr, pc)
