redis.setresp(3)
local v = redis.call('GET', 'missing')
return type(v)
