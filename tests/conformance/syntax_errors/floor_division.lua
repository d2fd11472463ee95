-- 5.1 has no integer division operator
local a = 7 // 2
print(a)
