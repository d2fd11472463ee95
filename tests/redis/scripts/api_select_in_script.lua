redis.call('SELECT', 1)
redis.call('SET', 'db1key', 'v')
return redis.call('GET', 'db1key')
