redis.log(redis.LOG_NOTICE)
