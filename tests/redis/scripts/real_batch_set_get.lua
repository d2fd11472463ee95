-- keys: a b c
-- args: 1 2 3
for i, k in ipairs(KEYS) do redis.call('SET', k, ARGV[i]) end
return redis.call('MGET', unpack(KEYS))
