-- resp: 3
redis.setresp(3)
return {map = {a = 1}}
