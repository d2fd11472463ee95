local x = 1
local y = 2
local t = nil
return t.field
