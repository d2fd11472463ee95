-- setup: SET a 1
local v = redis.call('MGET', 'a', 'nope', 'a')
return {v[1], tostring(v[2]), v[3]}
