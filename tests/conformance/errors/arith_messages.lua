-- "attempt to perform arithmetic" messages for every operator and variable kind
local function msg(f) local ok, e = pcall(f); print(e) end
local tl = {}
up = nil
msg(function() return tl + 1 end)
msg(function() return 1 - tl end)
msg(function() return tl * tl end)
msg(function() return tl / 2 end)
msg(function() return tl % 2 end)
msg(function() return tl ^ 2 end)
msg(function() return -tl end)
msg(function() return up + 1 end)
msg(function() return tl.field * 2 end)
msg(function() return tl[1] / 2 end)
msg(function() local k = "key"; return tl[k] - 1 end)
msg(function() return "abc" + 1 end)
msg(function() return 1 + "abc" end)
msg(function() local s = "x"; return s * 2 end)
msg(function() return true % 2 end)
msg(function() return (function() end)() + 1 end)
msg(function() return print + 1 end)
msg(function() return 2 ^ {} end)
-- constants folded at compile time still error at run time
msg(function() return 1 + nil end)
msg(function() return "10" + "x" end)
-- concatenation messages
msg(function() return tl .. "x" end)
msg(function() return "x" .. up end)
msg(function() return 1 .. {} end)
msg(function() return "a" .. "b" .. tl.f end)
