redis.set_repl(42)
