local f = loadstring('x = 5')
local ok, e = pcall(f)
return {tostring(ok), e}
