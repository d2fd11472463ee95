redis.log(10, 'x')
