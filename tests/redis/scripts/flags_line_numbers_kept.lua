#!lua
local a = nil
return a.b
