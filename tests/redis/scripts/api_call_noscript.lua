return redis.call('EVAL', 'return 1', 0)
