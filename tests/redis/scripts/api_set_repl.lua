redis.set_repl(redis.REPL_NONE)
redis.call('SET', 'k', 'v')
redis.set_repl(redis.REPL_ALL)
return redis.call('GET', 'k')
