-- what pcall returns in each situation, including errors inside error handling
print(pcall(function() return end))
print(pcall(function() return nil end))
print(pcall(function(...) return ... end, 1, nil))
print(pcall(pcall))
print(pcall(pcall, pcall))
print(pcall(error, nil))
print(select("#", pcall(error, nil)))
print(pcall(function() error() end))
print(pcall(function() local t = setmetatable({}, {__index = function() error("deep", 0) end}); return t.x end))
-- xpcall with a non-function handler
print(pcall(xpcall, function() error("x") end, nil))
print(xpcall(function() error("x") end, 42))
-- the handler sees the original value and may return several values (only one is kept)
print(xpcall(function() error({1, 2}) end, function(e) return #e, "ignored" end))
-- a runtime error in the handler
print(xpcall(function() error("a") end, function(m) return m.x.y end))
-- pcall returns the error of the innermost failing call
print(pcall(function() pcall(error, "inner swallowed"); error("outer") end))
