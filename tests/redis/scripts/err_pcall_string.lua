local ok, e = pcall(error, 'x')
return {tostring(ok), e}
