local t = {}
local x
x 5
