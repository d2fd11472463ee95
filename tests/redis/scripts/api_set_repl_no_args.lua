redis.set_repl()
