local ok, e = xpcall(function() redis.call('NOSUCH') end, function(t) return type(t) .. ':' .. t.err end)
return {tostring(ok), e}
