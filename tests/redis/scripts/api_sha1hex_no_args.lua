return redis.sha1hex()
