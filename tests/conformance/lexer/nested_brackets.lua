-- Level-1+ long strings may contain [[ and ]] freely.
local s1 = [=[ [[ ]=]
print(s1, #s1)
local s2 = [=[a [[ nested ]] b]=]
print(s2)
local s3 = [==[ [=[ one ]=] [[ zero ]] ]==]
print(s3)
local s4 = [===[[[[[]]]]]===]
print(s4, #s4)
-- brackets that begin the content
local s5 = [=[[x]]=]
print(s5, #s5)
local s6 = [=[]x]=]
print(s6, #s6)
-- "]" followed by "=" but not a closing bracket of this level
local s7 = [==[a]=b]===c]==]
print(s7)
-- long strings used as table keys and call arguments
local t = {[ [[k]] ] = [=[v]=]}
print(t.k)
print(#[==[]]]==])
local function id(x) return x end
print(id[[called with a long string]])
print(id[=[called with a level-1 string]=])
