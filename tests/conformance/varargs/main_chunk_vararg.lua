-- The main chunk is a vararg function; run without arguments, ... is empty.
print(select("#", ...))
local a, b = ...
print(a, b)
local t = {...}
print(#t)
local function inner(...) return select("#", ...) end
print(inner(...), inner(..., nil), inner(nil, ...))
print((...))
local packed = {n = select("#", ...), ...}
print(packed.n)
-- the main chunk's ... is visible only in the main chunk itself
local function f() return "no access to the outer ..." end
print(f())
print(... == nil)
