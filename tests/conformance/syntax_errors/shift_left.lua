-- << is two less-than signs in 5.1
local v = 1
local w = v << 4
