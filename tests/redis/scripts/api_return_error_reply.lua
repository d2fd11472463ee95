return redis.error_reply('WRONG nope')
