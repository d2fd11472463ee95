-- keys: doc
-- args: name Bob
-- setup: SET doc {"name":"Al","age":3}
local doc = cjson.decode(redis.call('GET', KEYS[1]))
doc[ARGV[1]] = ARGV[2]
doc.age = doc.age + 1
redis.call('SET', KEYS[1], cjson.encode({name = doc.name, age = doc.age}))
return {doc.name, doc.age}
