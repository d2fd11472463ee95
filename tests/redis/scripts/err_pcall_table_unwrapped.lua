local ok, e = pcall(function() redis.call('NOSUCH') end)
return {tostring(ok), e}
