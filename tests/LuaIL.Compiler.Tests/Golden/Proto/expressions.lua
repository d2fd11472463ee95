-- constant folding as 5.1 does it; comparisons swap for > and >=; and/or as jumps
local a = 1 + 2 * 3 - -4
local b = 1 / 0
local c = a > b or a <= 3 and not (a == b)
local s = "x" .. a .. "y" .. b
if a < b and (b > 2 or c) then s = nil end
while a < 10 do a = a + 1 end
repeat local z = a until z > 3
for k, v in pairs(t) do print(k, v) end
