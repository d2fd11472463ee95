local a, t = 1, {}
local x = a
  +
  1
local y = "x" ..
  t ..
  "y"
print(a.b
)
f(
  1,
  2
)
local s = t:m
  "arg"
for k in
  next, t do end
a.b.c =
  1
