-- method calls shift argument numbers; a bad self says "calling 'x' on bad self"
local function try(label, f)
  local ok, e = pcall(f)
  print(label, e)
end
local obj = {insert = table.insert, concat = table.concat, floor = math.floor,
  rep = string.rep, sub = string.sub, char = string.char, max = math.max}
try("insert self ok, bad pos", function() obj:insert("p", 1) end)
try("insert dot", function() obj.insert("p", 1) end)
try("floor self", function() obj:floor() end)
try("floor dot", function() obj.floor(obj) end)
try("rep self", function() obj:rep(2) end)
try("sub self 2nd", function() ("abc"):sub(1, {}) end)
try("char self", function() obj:char() end)
try("max self", function() obj:max(1) end)
try("concat bad sep", function() obj:concat({}) end)
-- a string method through the string metatable
local s = "text"
try("s:rep none", function() s:rep() end)
try("s:rep tbl", function() s:rep({}) end)
try("s:char", function() s:char() end)
try("s:format", function() s:format() end)
-- files
local f = io.stdout
try("f:write", function() f:write(1, {}, 2) end)
try("f.write", function() f.write(f, {}) end)
try("f.write nil self", function() f.write(nil) end)
try("f:seek", function() f:seek("set", "x") end)
-- a method whose receiver is not the expected type
local wrapper = {write = f.write, lines = f.lines}
try("wrapper:write", function() wrapper:write("x") end)
try("wrapper:lines", function() wrapper:lines() end)
