local a = redis.error_reply(1)
local b = redis.error_reply()
return {a.err, b.err}
