-- resp: 3
redis.setresp(3)
return {true, false}
