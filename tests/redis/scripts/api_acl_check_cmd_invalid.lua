return redis.acl_check_cmd('nosuchcmd')
