-- setup: SET s x
local function push(k)
  return redis.call('LPUSH', k, 'y')
end

return push('s')
