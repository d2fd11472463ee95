return redis.call('SET', 'k', {})
