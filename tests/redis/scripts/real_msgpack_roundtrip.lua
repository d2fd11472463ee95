local packed = cmsgpack.pack({1, 2, 'three'})
redis.call('SET', 'mp', packed)
local t = cmsgpack.unpack(redis.call('GET', 'mp'))
return t
