-- setup: SET s hello
local v = redis.call('GET', 's')
return {type(v), v}
