-- keys: rl
-- args: 2 60
-- setup: SET rl 2
local current = redis.call('INCR', KEYS[1])
if current > tonumber(ARGV[1]) then
  return redis.error_reply('RATELIMITED too many requests')
end
return current
