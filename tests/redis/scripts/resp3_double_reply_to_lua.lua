-- setup: ZADD z 1.5 m
redis.setresp(3)
local v = redis.call('ZSCORE', 'z', 'm')
return {type(v), tostring(v.double)}
