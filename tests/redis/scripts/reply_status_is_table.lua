local v = redis.call('SET', 'k', 'v')
return {type(v), v.ok}
