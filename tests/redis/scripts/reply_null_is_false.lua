local v = redis.call('GET', 'missing')
return {type(v), tostring(v)}
