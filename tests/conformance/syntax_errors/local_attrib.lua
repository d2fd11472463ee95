-- 5.4 local attributes are not 5.1 syntax
local limit <const> = 10
print(limit)
