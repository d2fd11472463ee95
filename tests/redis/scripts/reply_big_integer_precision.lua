-- setup: SET n 9007199254740993
local v = redis.call('INCRBY', 'n', 0)
return tostring(v)
