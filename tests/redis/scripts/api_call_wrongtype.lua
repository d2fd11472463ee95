-- setup: SET s x
return redis.call('LPUSH', 's', 'y')
