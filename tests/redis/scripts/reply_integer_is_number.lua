-- setup: SET n 10
local v = redis.call('INCR', 'n')
return {type(v), v}
