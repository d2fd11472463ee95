-- Locals, temps, loop state, captured cells and varargs must all survive a suspension, in
-- many coroutines suspended in the same function at once.
local function worker(id, ...)
  local extra = select('#', ...)
  local first = ...
  local acc = 0
  local seen = {}
  local function note(x) seen[#seen + 1] = x; acc = acc + x end
  for i = 1, 3 do
    for j = i, 1, -1 do
      local got = coroutine.yield(id * 100 + i * 10 + j)
      note(got or 0)
    end
  end
  local t = { ... }
  return id, acc, extra, first, #seen, #t
end

local cos = {}
for k = 1, 5 do cos[k] = coroutine.create(worker) end
local results = {}
local started = {}
local round = 0
local alive = true
while alive do
  alive = false
  round = round + 1
  for k = 1, 5 do
    local co = cos[k]
    if coroutine.status(co) == "suspended" then
      local r
      if not started[k] then
        started[k] = true
        r = { coroutine.resume(co, k, "a" .. k, nil, k * 2) }
      else
        r = { coroutine.resume(co, round + k) }
      end
      if coroutine.status(co) == "dead" then results[k] = table.concat(r, " ", 2) else
        io.write(r[2], " ") end
      alive = true
    end
  end
end
print()
for k = 1, 5 do print("done", results[k]) end

-- A callee suspended below a caller whose temps are mid-expression.
local function inner(x) return coroutine.yield(x) + 1 end
local co = coroutine.wrap(function(a)
  local s = a + inner(a * 2) * 3 + inner(a * 3)
  return s
end)
print("expr", co(5), co(7), co(11))

-- A yield inside pcall inside a coroutine is refused; locals stay intact afterwards.
local co2 = coroutine.create(function()
  local before = "kept"
  local ok, err = pcall(coroutine.yield, 1)
  coroutine.yield(before, ok, err)
  return before
end)
print("pcall", coroutine.resume(co2))
print("pcall", coroutine.resume(co2))
