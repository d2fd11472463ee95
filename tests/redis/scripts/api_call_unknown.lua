return redis.call('NOSUCHCOMMAND', 'x')
