-- Functions defined inside functions see enclosing locals.
local function outer(a)
  local b = a * 2
  local function middle(c)
    local function inner(d)
      return a + b + c + d
    end
    return inner(c + 1)
  end
  return middle(b + 1)
end
print(outer(1))
local function adder(x) return function(y) return function(z) return x + y + z end end end
print(adder(1)(2)(3))
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
local function apply_n(f, n, x)
  for _ = 1, n do x = f(x) end
  return x
end
print(apply_n(dbl, 10, 1))
local function make_pair()
  local value = 0
  local function get() return value end
  local function set(v) value = v end
  return get, set
end
local get, set = make_pair()
set(42)
print(get())
print((function(...) return select("#", ...) end)(1, nil, 3))
