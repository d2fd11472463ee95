#!/usr/bin/env lua5.1 this first line is skipped by the loader
-- A first line starting with # is ignored when a file is loaded.
print("shebang skipped")
local t = {1, 2, 3}
print(#t)
