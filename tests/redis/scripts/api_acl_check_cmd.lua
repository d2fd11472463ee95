return {redis.acl_check_cmd('GET', 'k'), redis.acl_check_cmd('set')}
