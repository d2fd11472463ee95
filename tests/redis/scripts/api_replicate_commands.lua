return redis.replicate_commands()
