-- Equality never coerces; values of different types are never equal.
local function eq(a, b) return tostring(a == b) end
print("1 vs '1'", eq(1, "1"))
print("0 vs false", eq(0, false))
print("nil vs false", eq(nil, false))
print("'' vs nil", eq("", nil))
print("1 vs 1.0", eq(1, 1.0))
print("'a' vs 'a'", eq("a", "a"))
print("concat vs literal", eq("a" .. "b", "ab"))
print("sub vs literal", eq(("xab"):sub(2), "ab"))
local t = {}
local u = t
print("alias", eq(t, u), "fresh", eq({}, {}))
local f1 = function() end
local f2 = function() end
print("functions", eq(f1, f1), eq(f1, f2))
print("builtins", eq(print, print), eq(string.len, ("").len))
local function mk() return function() end end
print("closures", eq(mk(), mk()))
print("~=", 1 ~= "1", nil ~= false, "x" ~= "x")
print("true vs 1", eq(true, 1))
print("numbers", eq(0.5, 1 / 2), eq(1e2, 100), eq(0x10, 16))
print("strings", eq("\65", "A"), eq("a\0", "a"))
