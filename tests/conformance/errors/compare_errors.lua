-- "attempt to compare" keeps the operand order of the source (> and >= swap).
local function try(f) local ok, e = pcall(f); print(e) end
try(function() return 1 < nil end)
try(function() return nil < 1 end)
try(function() return 1 > nil end)
try(function() return 1 <= "x" end)
try(function() return "x" >= 1 end)
try(function() return {} < {} end)
try(function() return {} <= {} end)
try(function() return true < false end)
try(function() return print < print end)
try(function() return {} < 1 end)
try(function() local a, b = 1, {}; return a > b end)
try(function() return nil < nil end)
-- equality never errors
print(1 == nil, {} == {}, "1" == 1)
