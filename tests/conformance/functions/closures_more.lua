-- closures: shared upvalues, upvalues of loops, closing at block exit
local fns = {}
for i = 1, 3 do
  local j = i * 2
  fns[i] = function() j = j + 1; return i, j end
end
print(fns[1](), fns[1](), fns[2](), fns[3]())
-- while-loop locals are fresh each iteration
local ws, k = {}, 0
while k < 3 do
  k = k + 1
  local captured = k
  ws[k] = function() return captured end
end
print(ws[1](), ws[2](), ws[3]())
-- repeat-until: the until expression sees the body's locals
local r, cnt = {}, 0
repeat
  cnt = cnt + 1
  local stop = cnt >= 3
  r[cnt] = function() return stop end
until stop
print(r[1](), r[2](), r[3]())
-- two closures sharing one upvalue
local function pair()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = pair()
inc(); inc()
local inc2, get2 = pair()
inc2()
print(get(), get2())
-- upvalue changed after closure creation is seen
local late = "before"
local function see() return late end
late = "after"
print(see())
-- deeply nested upvalues
local function l1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function() a = a + 1; return a + b + c end
    end
  end
end
local deep = l1()()()
print(deep(), deep())
-- recursive local function sees itself; the local-assigned form does not
local function fact(n) return n <= 1 and 1 or n * fact(n - 1) end
local fact2 = function(n) return n <= 1 and 1 or n * (fact2 and fact2(n - 1) or -1) end
print(fact(10), fact2(3))
-- closures in a generic for share nothing between iterations
local gs = {}
for idx, val in ipairs({"a", "b", "c"}) do gs[idx] = function() return idx .. val end end
print(gs[1](), gs[2](), gs[3]())
