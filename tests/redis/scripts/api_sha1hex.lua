return {redis.sha1hex('abc'), redis.sha1hex(''), redis.sha1hex(123)}
