-- setup: SET s 1
-- setup: RPUSH l a
return {redis.call('TYPE', 's').ok, redis.call('TYPE', 'l').ok, redis.call('TYPE', 'none').ok}
