-- xpcall calls a handler with the error value; the handler's result is returned.
local function handler(e) return "handled: " .. tostring(e) end
print(xpcall(function() error("boom") end, handler))
print(xpcall(function() error("no pos", 0) end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function() error({}) end, function(e) return type(e) end))
print(xpcall(function() error(7, 0) end, function(e) return e * 6 end))
-- error(7) at level 1 becomes the string "xpcall_fn.lua:8: 7", so e * 6 fails in the handler
print(xpcall(function() error(7) end, function(e) return e * 6 end))
print(xpcall(function() local t = nil; return t.x end, handler))
local seen
print(xpcall(function() error("x") end, function(e) seen = e; return 1, 2 end))
print(seen)
print(select("#", xpcall(function() end, handler)))
-- the handler runs before the stack unwinds: it can inspect a counter set by the failing code
local depth_at_error
local function recurse(n) if n == 0 then depth_at_error = "reached"; error("deep") end recurse(n - 1) end
print(xpcall(function() recurse(10) end, function(e) return depth_at_error .. " " .. e end))
-- nested xpcall
print(xpcall(function()
  local ok, msg = xpcall(function() error("inner") end, function(e) return "H1(" .. e .. ")" end)
  error("outer after " .. tostring(ok) .. " " .. msg, 0)
end, function(e) return "H2(" .. e .. ")" end))
