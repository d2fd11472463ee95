redis.log('x', 'y')
