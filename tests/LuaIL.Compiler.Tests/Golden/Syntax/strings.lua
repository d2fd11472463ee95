local s1 = "tab\tnl\n\65\066\0673 quote\" \q"
local s2 = 'line\
break'
local s3 = [[
first newline skipped]]
local s4 = [==[ a ]] b ]=] c ]==]
-- comment
--[[ long
comment ]] local s5 = [=[
]=]
--[==[ ]] ]==] local s6 = "\0end"
