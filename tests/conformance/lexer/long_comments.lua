-- Long comments of several levels, and comments that look like long ones.
print("start")
--[[ a level-zero long comment
print("this must not run")
]]
print("after level 0")
--[==[ level two
]] does not close it
]=] does not close it either
print("hidden")
]==]
print("after level 2")
--[=[]=] print("same line after an empty long comment")
local x = 1 --[[ inline ]] + 2
print("x", x)
--[ this is a short comment because the bracket is not followed by [ or =
print("after short comment with one bracket")
--[= still a short comment: no second bracket
print("after short comment with [=")
---[[ three dashes make this a short comment
print("three dashes: runs")
--]]
local y = 10 --[[
multi
line]] local z = 20
print("y z", y, z)
--[===[ level three at end of a line ]===] print("code after comment")
print("end")
