-- keys: tmp
redis.call('SET', KEYS[1], 'v', 'EX', 100)
local ttl = redis.call('TTL', KEYS[1])
return ttl > 0 and ttl <= 100
