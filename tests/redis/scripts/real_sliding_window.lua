-- keys: sw
-- args: 1000 100 3
-- setup: ZADD sw 850 a 950 b 990 c
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], 0, now - tonumber(ARGV[2]))
local n = redis.call('ZCARD', KEYS[1])
if n < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, 'req' .. now)
  return 1
end
return 0
