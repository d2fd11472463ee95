-- setup: SADD s x
-- resp: 3
redis.setresp(3)
local v = redis.call('SMEMBERS', 's')
return {type(v.set), tostring(v.set.x)}
