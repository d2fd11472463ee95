redis.setresp()
