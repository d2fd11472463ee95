-- setup: MSET a 1 b 2 c 3
local keys = redis.call('KEYS', '*')
table.sort(keys)
return keys
