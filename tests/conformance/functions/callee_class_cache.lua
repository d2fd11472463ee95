-- One call site sees many callees in turn: closures of one prototype, of others, library
-- functions, tables with __call, functions from another chunk, and values that cannot be
-- called. Every call must reach the right function, and every error must name the value.

local function make_adder(n) return function(x) return x + n end end
local function make_scaler(n) return function(x) return x * n end end

local function call(f, x) local r = f(x); return r end      -- an ordinary call site
local function tail(f, x) return f(x) end                   -- a tail-call site
local function loop_call(f, n)                              -- a site inside a loop
  local s = 0
  for i = 1, n do s = s + f(i) end
  return s
end

local callable = setmetatable({}, { __call = function(self, x) return "called with " .. tostring(x) end })
local other_chunk = loadstring("return function(x) return 'other chunk ' .. x end")()

local callees = {
  make_adder(1), make_adder(2), make_scaler(3), make_adder(10),
  math.abs, tostring, callable, other_chunk, make_scaler(-1),
}

for round = 1, 3 do
  for i, f in ipairs(callees) do
    print(round, i, call(f, -i), tail(f, -i))
  end
end

-- A hot site that then sees a different class, a native, a __call table, and non-callables.
print(loop_call(make_adder(1), 100), loop_call(make_scaler(2), 100), loop_call(math.abs, 10))
print(pcall(loop_call, callable, 3))
for _, bad in ipairs({ 42, "str", {}, true }) do
  print(pcall(call, bad, 1))
  print(pcall(tail, bad, 1))
  print(pcall(loop_call, bad, 1))
end
print(pcall(call, nil, 1))
print(pcall(tail, nil, 1))

-- The same site after the cached function is gone and new closures of its class exist.
local keep = {}
for i = 1, 50 do keep[i] = make_adder(i) end
local total = 0
for i = 1, 50 do total = total + call(keep[i], i) + tail(keep[51 - i], i) end
print(total)
collectgarbage()
print(call(make_adder(7), 1), tail(make_adder(8), 1))

-- A global rebound between calls through the same site.
function g(x) return "first " .. x end
local function call_g(x) return (g(x)) end
print(call_g(1))
g = function(x) return "second " .. x end
print(call_g(2))
g = setmetatable({}, { __call = function(_, x) return "table " .. x end })
print(call_g(3))
g = nil
print(pcall(call_g, 4))
