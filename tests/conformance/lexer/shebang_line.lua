#!/usr/bin/env lua5.1 this first line is skipped by the loader
-- A first line starting with # is ignored when a file is loaded.
print("shebang skipped")
local t = {1, 2, 3}
print(#t)
-- the rest of the file is ordinary code; line numbers still count the first line
local ok, e = pcall(function() local x; return x.y end)
print(e)
print("# inside a string is fine", #"#")
print(#{1, 2} + #"#!")
