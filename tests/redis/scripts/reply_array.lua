-- setup: RPUSH l a b c
local v = redis.call('LRANGE', 'l', 0, -1)
return {#v, v[1], v[3]}
