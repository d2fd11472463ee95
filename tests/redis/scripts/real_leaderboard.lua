-- keys: lb
-- setup: ZADD lb 10 alice 20 bob 15 carol
redis.call('ZINCRBY', KEYS[1], 12, 'alice')
local top = redis.call('ZREVRANGE', KEYS[1], 0, 2, 'WITHSCORES')
local out = {}
for i = 1, #top, 2 do
  out[#out + 1] = top[i] .. '=' .. top[i + 1]
end
return out
