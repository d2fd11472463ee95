-- keys: q:pending q:processing
-- setup: RPUSH q:pending j1 j2 j3
local moved = {}
for i = 1, 2 do
  local job = redis.call('RPOPLPUSH', KEYS[1], KEYS[2])
  if not job then break end
  moved[#moved + 1] = job
end
return {moved, redis.call('LLEN', KEYS[1]), redis.call('LLEN', KEYS[2])}
