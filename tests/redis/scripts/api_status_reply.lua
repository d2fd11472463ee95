return redis.status_reply('ALMOST')
