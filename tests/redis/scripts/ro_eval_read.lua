-- ro: yes
-- setup: SET k v
return redis.call('GET', 'k')
