-- Tokens need no spaces between them where the grammar is unambiguous.
local a=1 local b=2 local c=a+b print(c)
local t={1,2,3}print(#t)
print(1 .. 2, 1 ..2)
print(10-2-3, 10- -2, 10 - - -2)
print(2^-1, 2^ - 2)
print(a==1, a~=1, a<=1, a>=1, a<1, a>1)
local s="x".."y".."z"print(s)
print(#"abc"+1, -#"ab")
print((1)+(2))
print(t[1]+t[2]*t[3])
local u={x={y={z="deep"}}}print(u.x.y.z, u . x . y . z, u["x"]["y"]["z"])
print(not nil==true, not(nil==true))
do local x=5;local y=6;print(x*y);end
print(("%d"):format(7), ('%s'):rep(2))
local f=function(...)return select('#',...)end print(f(1,2,3))
print(-- comment between arguments
  1, --[[ and another ]] 2)
