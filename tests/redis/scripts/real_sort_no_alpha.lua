-- setup: RPUSH l 3 1 2
return redis.call('SORT', 'l')
