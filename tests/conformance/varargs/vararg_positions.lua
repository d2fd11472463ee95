-- ... in different positions of expression lists.
local function show(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  return n .. ":" .. table.concat(parts, ",")
end
local function f(...) return show(...) end
local function g(...) return show(..., "end") end
local function h(...) return show("start", ...) end
local function k(...) return show(..., ...) end
local function p(...) return show((...)) end
print(f(), f(1), f(1, 2, 3))
print(g(), g(1), g(1, 2, 3))
print(h(), h(1), h(1, 2, 3))
print(k(), k(1), k(1, 2))
print(p(), p(1, 2))
print(f(nil, nil), g(nil, nil), h(nil, nil))
-- ... in local declarations
local function locals(...)
  local a, b = ...
  local c = ...
  local d, e, f2 = "x", ...
  return show(a, b, c, d, e, f2)
end
print(locals(1, 2, 3))
print(locals())
-- ... in a table constructor and arithmetic
local function sum(...)
  local s = 0
  for _, v in ipairs({...}) do s = s + v end
  return s
end
print(sum(), sum(1), sum(1, 2, 3, 4))
local function first_plus(...) return (...) + 1 end
print(first_plus(10, 20))
local function passthrough(...) return ... end
print(passthrough(1, nil, 3))
print(select("#", passthrough(nil, nil)))
