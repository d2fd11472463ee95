-- 5.1 has no bitwise operators
local flags = 6
print(flags & 2)
