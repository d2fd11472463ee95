local a = redis.error_reply('MY err')
local b = redis.error_reply('-DASH x')
local c = redis.error_reply('')
local d = redis.error_reply('NOSPACE')
return {a.err, b.err, c.err, d.err}
