redis.call('SET', 'kept', '1')
error('after write')
