return redis.status_reply({})
