-- Other runtime errors of the core language.
local function try(f) local ok, e = pcall(f); print(e) end
try(function() for i = "a", 2 do end end)
try(function() for i = 1, {} do end end)
try(function() for i = 1, 2, nil do end end)
try(function() local lim; for i = 1, lim do end end)
try(function() local t = {}; t[nil] = 1 end)
try(function() local t = {}; t[0 / 0] = 1 end)
try(function() local t; return #t end)
try(function() local t = {}; return #t.s end)
try(function() local n = 3; return #n end)
try(function() for k in nil do end end)
try(function() for k, v in {} do end end)
try(function() local t = setmetatable({}, {__index = function(t, k) return k.x.y end}); return t.a end)
try(function() local t = setmetatable({}, {__newindex = "bad"}); t.x = 1 end)
try(function() return -{} end)
try(function() return ("5" + 1) .. (nil) end)
-- for-loop strings that look like numbers are fine
local n = 0
for i = "1", "3" do n = n + i end
print("string bounds sum", n)
