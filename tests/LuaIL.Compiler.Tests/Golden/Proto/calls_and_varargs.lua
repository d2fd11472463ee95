-- call modes: discard, fixed, multi expansion, tail; varargs and the compat 'arg' table
local function f(...) return select('#', ...), ... end
local function g(a, b, ...) local t = {...}; return #t end
local function old(...) return arg.n end
print(f(1, 2, 3))
local x, y = f()
local t = {f(1), f(2)}
obj:method(1, "two")
return g(1, 2, f())
