redis.call('SET', 'k', 0.1)
redis.call('SET', 'k2', 3.0)
redis.call('SET', 'k3', 1e20)
return {redis.call('GET', 'k'), redis.call('GET', 'k2'), redis.call('GET', 'k3')}
