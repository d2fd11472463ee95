-- ... cannot be an upvalue; closures capture copies made in locals or tables.
local function capture(...)
  local args = {...}
  local n = select("#", ...)
  return function() return n, unpack(args, 1, n) end
end
local f = capture("a", nil, "c")
print(f())
local g = capture()
print(g())
local function first_two(...)
  local a, b = ...
  return function() a = a .. "!"; return a, b end
end
local h = first_two("x", "y", "z")
print(h())
print(h())
local function counter_from(...)
  local start = select(1, ...) or 0
  return function() start = start + 1; return start end
end
local c = counter_from(10)
c()
print(c())
local function defer(fn, ...)
  local packed = {n = select("#", ...), ...}
  return function() return fn(unpack(packed, 1, packed.n)) end
end
local d = defer(function(...) return select("#", ...), ... end, 1, nil, nil)
print(d())
