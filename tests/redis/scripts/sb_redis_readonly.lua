redis.call = nil
