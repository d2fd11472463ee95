redis.log(redis.LOG_WARNING, 'from', 'test', 1)
return 'logged'
