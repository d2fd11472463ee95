return redis.call('GET', 'a', 'b')
