#!lua flags=no-writes
-- setup: SET k v
return redis.call('GET', 'k')
