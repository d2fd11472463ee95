-- keys: rl:user1
-- args: 5 60
local current = redis.call('INCR', KEYS[1])
if current == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
if current > tonumber(ARGV[1]) then
  return redis.error_reply('RATELIMITED too many requests')
end
return {current, tonumber(ARGV[1]) - current}
