-- A first LuaIL program: closures, varargs, tables and tail calls, compiled to IL.
local function greet(name, ...)
  local extra = select('#', ...)
  return "hello, " .. name .. (extra > 0 and (" and " .. extra .. " more") or "")
end

print(greet("LuaIL"))
print(greet("world", "moon", "stars"))

local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c = counter()
c(); c()
print("counter:", c())

local function sum(n, acc)
  if n == 0 then return acc end
  return sum(n - 1, acc + n)   -- a real tail call: constant stack
end
print("sum of 1..1000000 =", sum(1000000, 0))

local squares = {}
for i = 1, 5 do squares[#squares + 1] = i * i end
print("squares:", unpack(squares))
if arg and #arg > 0 then print("args:", unpack(arg)) end
