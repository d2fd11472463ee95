redis.setresp(3)
return {true, false}
