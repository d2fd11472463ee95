local r = redis.pcall()
return r.err
