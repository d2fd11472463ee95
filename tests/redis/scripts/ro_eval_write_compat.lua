-- ro: yes
return redis.call('SET', 'k', 'v')
