-- traversing with next while assigning existing fields and clearing them (allowed in 5.1)
local t = {}
for i = 1, 8 do t["key" .. i] = i end
local n = 0
for k, v in pairs(t) do
  t[k] = v * 10
  n = n + 1
end
local sum = 0
for _, v in pairs(t) do sum = sum + v end
print("updated", n, sum)
for k in pairs(t) do t[k] = nil end
print("cleared", next(t))
-- next keeps working on a key whose value was just set to nil
t = {a = 1, b = 2, c = 3}
local k = next(t)
t[k] = nil
local k2 = next(t, k)
print("after nil", k2 ~= k, t[k])
-- array part traversal order is by index
local arr = {"x", "y", "z"}
local ks = {}
for i in pairs(arr) do ks[#ks + 1] = i end
print("array order", table.concat(ks, ","))
-- ipairs stops at the first nil; pairs does not
local holes = {1, 2, nil, 4}
local c1, c2 = 0, 0
for _ in ipairs(holes) do c1 = c1 + 1 end
for _ in pairs(holes) do c2 = c2 + 1 end
print("ipairs vs pairs", c1, c2)
-- ipairs sees values added during the loop
local grow = {1}
local seen = 0
for i, v in ipairs(grow) do
  seen = seen + 1
  if i < 5 then grow[i + 1] = v + 1 end
end
print("grown while iterating", seen, #grow)
-- next with an invalid key
print(pcall(next, {a = 1}, "zz"))
print(pcall(next, {}, 1))
