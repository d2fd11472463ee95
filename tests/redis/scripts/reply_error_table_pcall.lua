-- setup: SET s str
local v = redis.pcall('LPUSH', 's', 'x')
return {type(v), v.err}
