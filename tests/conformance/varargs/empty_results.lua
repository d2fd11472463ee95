-- Calls that return nothing contribute nothing at the end of a list.
local function none() end
local function empty_return() return end
print(none())
print(empty_return())
print("before", none())
print(none(), "after")
print(select("#", none()), select("#", none(), nil), select("#", nil, none()))
local t = {none()}
print(#t)
t = {none(), none()}
print(#t, t[1])
local a, b = none()
print(a, b)
print(pcall(tostring, none()))
print(tostring((none())))
print(type(nil), pcall(type))
print((none()) == nil)
print(string.format("%s|%s", tostring((none())), "x"))
local packed = {pcall(none)}
print(#packed, packed[1])
