-- "attempt to concatenate" names the variable.
local function try(f) local ok, e = pcall(f); print(e) end
try(function() local t = {}; return "a" .. t end)
try(function() local t = {}; return t .. "a" end)
try(function() return "a" .. undefined_g end)
try(function() local t = {}; return "a" .. t.field end)
local up = true
try(function() return "a" .. up end)
try(function() local n; return n .. "x" end)
try(function() local a, b = "s", nil; return a .. "mid" .. b end)
try(function() return 1 .. {} end)
try(function() local f = print; return f .. "" end)
try(function() local t = {}; return "x" .. t[1] end)
