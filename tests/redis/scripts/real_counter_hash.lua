-- keys: stats
-- args: page1 page2 page1
for _, p in ipairs(ARGV) do
  redis.call('HINCRBY', KEYS[1], p, 1)
end
return redis.call('HGETALL', KEYS[1])
