-- "attempt to index" messages name the variable kind.
local function try(f) local ok, e = pcall(f); print(e) end
try(function() return undefined_global.field end)
try(function() local l; return l.field end)
try(function() local t = {}; return t.y.z end)
try(function() local t = {}; return t["computed" .. 1].z end)
try(function() local t = {}; local k = "key"; return t[k].z end)
local up
try(function() return up.x end)
try(function() undefined_global.field = 1 end)
try(function() local t = {}; t.missing.x = 1 end)
try(function() local s = "str"; return s.x.y end)
try(function() local n = 5; return n.x end)
try(function() local b = true; return b[1] end)
try(function() return (nil).x end)
try(function() local t = {a = {}}; return t.a.b.c end)
try(function() local t = {}; return t[1][2] end)
try(function() return string.nothing.x end)
try(function(...) local a = ...; return a.x end)
