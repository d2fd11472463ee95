-- "attempt to call" messages.
local function try(f) local ok, e = pcall(f); print(e) end
try(function() undefined_function() end)
try(function() local t = {}; t.f() end)
try(function() local t = {}; t:method() end)
try(function() local g; g() end)
try(function() local g = 5; g() end)
local upfn
try(function() upfn() end)
try(function() local t = {inner = {}}; t.inner.deep() end)
try(function() local t = {}; t[1]() end)
try(function() local s = "text"; s() end)
try(function() local s = "text"; s:nomethod() end)
try(function() local t = {}; local k = "dyn"; t[k]() end)
try(function() ({})() end)
try(function() local r = (function() end)(); r() end)
try(function() return math.nothing(1) end)
try(function() local b = true; b() end)
