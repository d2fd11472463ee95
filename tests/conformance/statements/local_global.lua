-- Locals shadow globals; unassigned locals are nil; globals live in _G.
x = "global x"
print(x, _G.x)
local x = "local x"
print(x, _G.x)
do
  local x = "inner"
  print(x)
end
print(x)
local a, b, c = 1
print(a, b, c)
local d, e = 1, 2, 3
print(d, e)
g1, g2 = "first", "second"
print(g1, g2, _G["g1"])
_G.g3 = "set through _G"
print(g3)
undefined_global = nil
print(undefined_global, rawget(_G, "undefined_global"))
local y = y
print("local y = y", y)
local z = 10
local z = z + 1
print("redeclared z", z)
local function f() return x end
print(f())
print(type(_G), _G._G == _G)
