-- Only "return f(args)" is a tail call; wrapped forms keep the frame and overflow.
local function paren(n) if n == 0 then return 0 end return (paren(n - 1)) end
local function plus(n) if n == 0 then return 0 end return 0 + plus(n - 1) end
local function twovals(n) if n == 0 then return 0 end return plus(0), twovals(n - 1) end
local function local_then_return(n) if n == 0 then return 0 end local r = local_then_return(n - 1) return r end
local function overflows(f)
  local ok, e = pcall(f, 1000000)
  return (not ok) and (string.find(e, "stack overflow$") ~= nil)
end
print("return (f())", overflows(paren))
print("return 0 + f()", overflows(plus))
print("return x, f()", overflows(twovals))
print("local r = f()", overflows(local_then_return))
local function tail(n) if n == 0 then return 0 end return tail(n - 1) end
print("return f()", overflows(tail))
-- shallow uses of the same functions work
print(paren(100), plus(100), local_then_return(100))
