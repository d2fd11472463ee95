-- Method calls with : pass the receiver as self.
local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({balance = balance}, Account) end
function Account:deposit(v) self.balance = self.balance + v; return self end
function Account:get() return self.balance end
local acc = Account.new(100)
acc:deposit(50):deposit(25)
print(acc:get(), acc.get(acc), Account.get(acc))
local s = "hello"
print(s:upper(), s:len(), ("x"):rep(3), s:sub(2, 3))
print(#s:rep(2))
local obj = {name = "obj"}
function obj.plain(x) return type(x) end
function obj:meth(x) return self.name .. ":" .. tostring(x) end
print(obj.plain(1), obj:plain())
print(obj:meth(5), obj.meth(obj, 6), obj.meth({name = "other"}, 7))
-- the receiver expression is evaluated once
local evals = 0
local function get_obj() evals = evals + 1; return obj end
print(get_obj():meth("once"), evals)
-- self is an ordinary parameter and can be reassigned
function obj:swap() self = {name = "replaced"}; return self.name end
print(obj:swap(), obj.name)
-- methods on nested tables
local a = {b = {c = {v = "nested"}}}
function a.b.c:read() return self.v end
print(a.b.c:read())
-- string methods through the string metatable
local n = 12
print(("%d-%s"):format(n, "x"), (tostring(n)):len())
