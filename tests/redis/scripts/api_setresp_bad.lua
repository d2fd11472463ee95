redis.setresp(4)
