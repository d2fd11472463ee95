return redis.call('BLPOP', 'l', 0)
