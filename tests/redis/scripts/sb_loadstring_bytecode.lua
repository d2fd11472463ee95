local f, e = loadstring('\27LuaQ')
return {tostring(f), e}
