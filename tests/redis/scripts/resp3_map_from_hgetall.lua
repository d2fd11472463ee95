-- setup: HSET h f1 v1
-- resp: 3
redis.setresp(3)
local v = redis.call('HGETALL', 'h')
return {type(v.map), v.map.f1}
