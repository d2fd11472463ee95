-- A backslash before a newline in a short string keeps the newline.
local s = "one\
two\
three"
print(s)
print(#s)
local parts = {}
for line in (s .. "\n"):gmatch("(.-)\n") do parts[#parts + 1] = line end
print(#parts, parts[1], parts[3])
local q = 'single\
quoted'
print(q, #q)
local mixed = "a\n\
b"
print(#mixed, mixed:byte(2), mixed:byte(3))
-- escapes still work after a continuation
local e = "x\
\65\t\\"
print(e, #e)
