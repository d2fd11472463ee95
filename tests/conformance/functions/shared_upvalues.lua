-- Sibling closures share the same upvalue cell.
local function pair()
  local x = 0
  local function inc() x = x + 1 end
  local function get() return x end
  local function set(v) x = v end
  return inc, get, set
end
local inc, get, set = pair()
inc(); inc()
print(get())
set(10); inc()
print(get())
-- the enclosing function also sees changes made by closures
local function observe()
  local v = "before"
  local function change() v = "after" end
  change()
  return v
end
print(observe())
-- closures made after a change see the current value
local function seq()
  local s = 1
  local f1 = function() return s end
  s = 2
  local f2 = function() return s end
  s = 3
  return f1(), f2()
end
print(seq())
-- parameters are capturable locals too
local function param(p)
  local g = function() p = p * 2; return p end
  g(); g()
  return p
end
print(param(3))
-- two closures in different iterations do not share
local fs = {}
for i = 1, 2 do
  local cell = 0
  fs[i] = {function() cell = cell + 1 end, function() return cell end}
end
fs[1][1](); fs[1][1](); fs[2][1]()
print(fs[1][2](), fs[2][2]())
