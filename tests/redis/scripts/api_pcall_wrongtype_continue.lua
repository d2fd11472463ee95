-- setup: SET s x
local r = redis.pcall('LPUSH', 's', 'y')
redis.call('SET', 'after', 'yes')
return {r.err, redis.call('GET', 'after')}
