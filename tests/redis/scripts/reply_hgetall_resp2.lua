-- setup: HSET h f1 v1 f2 v2
local v = redis.call('HGETALL', 'h')
return v
