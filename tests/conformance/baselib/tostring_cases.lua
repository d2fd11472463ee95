-- tostring on every basic type (no addresses printed).
print(tostring(nil), tostring(true), tostring(false))
print(tostring(0), tostring(-1.5), tostring(1e20), tostring(2^-10))
print(tostring("already a string"), tostring(""))
print(type(tostring({})), tostring({}):sub(1, 7))
print(tostring(print):sub(1, 9), tostring(function() end):sub(1, 9))
print(tostring(coroutine.create(function() end)):sub(1, 7))
local mt = {__tostring = function(self) return "T(" .. self.v .. ")" end}
local obj = setmetatable({v = 5}, mt)
print(tostring(obj))
mt.__tostring = function() return 42 end
print(tostring(obj), type(tostring(obj)))
mt.__tostring = nil
print(tostring(obj):sub(1, 6))
print(pcall(tostring))
print(tostring(1/0), tostring(-1/0))
print(tostring(12345678901234567))
print(tostring(0.1 + 0.7))
print(tostring(100), tostring(100.5), tostring("100"))
