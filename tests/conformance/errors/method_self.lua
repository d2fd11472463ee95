-- Library functions called as methods shift argument numbers in messages.
local function try(f) local ok, e = pcall(f); print(e) end
local s = "hello"
try(function() return s:rep({}) end)
try(function() return s:sub("x") end)
try(function() return s:format() end)
try(function() return ("%d"):format("z") end)
try(function() return s:byte({}) end)
local t = {concat = table.concat}
try(function() return t:concat({}) end)
try(function() return t.concat(nil) end)
local obj = {floor = math.floor}
try(function() return obj:floor() end)
try(function() return string.rep(s, {}) end)
try(function() local up = string.upper; return up() end)
try(function() return s.upper() end)
try(function() return s:upper(), ("x"):upper() end)
