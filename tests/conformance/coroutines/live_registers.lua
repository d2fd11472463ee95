-- Each suspend point saves only the registers read after it: values that are live at one yield
-- and dead at another, temps in the middle of an expression or a table store, loop state of
-- nested numeric and generic loops, and a local that is dead at one yield but read again later
-- through a loop back-edge must all come back intact.
local yield = coroutine.yield

local function mixed(a, b)
  local t = {}
  local dead = a * 1000         -- read only before the first yield
  local x = dead + 1
  local y = yield(x)            -- a, b, t live; dead is not
  t[y] = yield(a + b)           -- t and y are temps/locals held across the yield
  local s = "<" .. a .. yield("mid") .. b .. ">"   -- concat parts held across the yield
  local total = 0
  for i = 1, 3 do
    for k, v in ipairs({ 10, 20 }) do
      total = total + yield(i * v + k) + i     -- loop state of both loops
    end
  end
  local back = 0
  for r = 1, 3 do
    local before = back          -- read after the yield only through the back-edge
    back = yield(before) + r
  end
  return t[y], s, total, back, a, b
end

local co = coroutine.create(mixed)
local out = {}
local send = 5
local results = { coroutine.resume(co, 3, 4) }
while coroutine.status(co) ~= "dead" do
  out[#out + 1] = tostring(results[2])
  send = send + 1
  results = { coroutine.resume(co, send) }
end
print(table.concat(out, " "))
print(unpack(results))

-- The same function suspended at different points in several coroutines at once.
local cos = {}
for n = 1, 4 do
  cos[n] = coroutine.wrap(function(seed)
    local keep = seed * 7
    local a = yield(keep)
    local b = yield(keep + a)
    local c = seed .. ":" .. yield(a * b)
    return c .. ":" .. keep
  end)
end
for n = 1, 4 do io.write(cos[n](n), " ") end
for step = 1, 3 do
  for n = 1, 4 do io.write(tostring(cos[n](n + step)), " ") end
end
print()

-- A method call whose receiver and arguments are temps around a yield inside an argument.
local obj = { base = 100 }
function obj:add(p, q, r) return self.base + p + q + r end
local g = coroutine.wrap(function()
  local r = obj:add(1, yield("first"), 3) + obj:add(yield("second"), 2, 3)
  return r
end)
print(g(), g(20), g(30))
