-- keys: stock
-- args: 3
-- setup: SET stock 10
local v = tonumber(redis.call('GET', KEYS[1]))
if v > tonumber(ARGV[1]) then
  return redis.call('DECRBY', KEYS[1], ARGV[1])
end
return v
