-- The forms of function definition statements.
function global_fn(x) return "global " .. x end
print(global_fn(1))
local function local_fn(x) return "local " .. x end
print(local_fn(2))
local obj = {inner = {deep = {}}}
function obj.method(x) return "dot " .. x end
function obj.inner.deep.fn(x) return "deep dot " .. x end
function obj.inner:colon(x) return "colon " .. tostring(self == obj.inner) .. " " .. x end
print(obj.method(3))
print(obj.inner.deep.fn(4))
print(obj.inner:colon(5))
print(obj.inner.colon(obj.inner, 6))
-- local function can call itself; local f = function cannot (f is not yet in scope)
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local ok, err = pcall(function()
  local g = function(n) if n == 0 then return 0 end return g(n - 1) end
  return g(3)
end)
print(ok, err)
-- redefining a global function
function global_fn(x) return "redefined " .. x end
print(global_fn(7))
print(type(global_fn), type(obj.method), type(obj.inner.colon))
