#!lua flags=no-writes
return redis.call('SET', 'k', 'v')
