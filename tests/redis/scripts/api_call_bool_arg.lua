return redis.pcall('SET', 'k', true)
