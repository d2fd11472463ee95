-- print separates arguments with tabs and ends with a newline.
print()
print(nil)
print(nil, nil)
print(1, "two", 3.5, true, false, nil)
print("")
print("", "")
print("a", "", "b")
print(1e100, -0.5, 2^63)
print("tab\tinside", "newline\ninside")
print(#"x", #"")
local t = setmetatable({}, {__tostring = function() return "custom table" end})
print(t, "after")
-- print uses the global tostring
local saved = tostring
tostring = function(v) return "<" .. type(v) .. ">" end
print(1, "s", nil)
tostring = saved
print(1, "s", nil)
print(pcall(type, print()))
local n = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(print, n))
local bad = setmetatable({}, {__tostring = function() return true end})
print(pcall(print, bad))
