-- "attempt to perform arithmetic" names the offending operand.
local function try(f) local ok, e = pcall(f); print(e) end
try(function() local x; return x + 1 end)
try(function() local x; return 1 + x end)
try(function() return undefined_g * 2 end)
try(function() local t = {}; return t.n - 1 end)
try(function() local t = {}; return -t end)
try(function() local s = "abc"; return s / 2 end)
local up = {}
try(function() return up % 2 end)
try(function() local a, b = 1, nil; return a ^ b end)
try(function() local t = {}; return t.x.y + 1 end)
try(function() return {} + 1 end)
try(function() local x = true; return x + 1 end)
try(function() local f = print; return -f end)
try(function() local t = {}; return t[1] * 2 end)
try(function() local a = "1"; local b = "x"; return a + b end)
try(function() return 2 ^ nil end)
