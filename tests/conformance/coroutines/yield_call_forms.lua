-- coroutine.yield called in every form: with no value, one value (a constant, a local, an upvalue,
-- nil), several values, the results of a call, through an alias, after coroutine.yield was replaced,
-- and a function named yield that is not the library's.
local co = coroutine.create(function(a)
  local up = "upvalue"
  local function viaUp() return coroutine.yield(up) end
  local r = {}
  r[#r + 1] = select('#', coroutine.yield())
  r[#r + 1] = coroutine.yield(42)
  r[#r + 1] = coroutine.yield(a)
  r[#r + 1] = viaUp()
  r[#r + 1] = coroutine.yield(nil)
  r[#r + 1] = select('#', coroutine.yield(1, 2, 3))
  r[#r + 1] = coroutine.yield(string.byte("AB", 1, 2))
  local y = coroutine.yield
  r[#r + 1] = y("alias")
  return table.concat(r, ",")
end)
local sends = { "x", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9" }
for i = 1, #sends do
  local res = { coroutine.resume(co, sends[i]) }
  print(i, select('#', unpack(res)), unpack(res))
  if coroutine.status(co) == "dead" then break end
end

-- Resuming with no values or several: what yield returns.
local counts = coroutine.wrap(function()
  local out = {}
  for i = 1, 3 do out[i] = select('#', coroutine.yield(i)) end
  return table.concat(out, " ")
end)
print(counts(), counts(), counts("a", "b"), counts(nil, nil, nil))

-- A replaced coroutine.yield is called as written; the original still yields.
local original = coroutine.yield
local log = {}
coroutine.yield = function(v) log[#log + 1] = v; return original(v * 10) end
local replaced = coroutine.wrap(function()
  local a = coroutine.yield(1)
  local b = coroutine.yield(2)
  return a + b
end)
print(replaced(), replaced(5), replaced(6), table.concat(log, " "))
coroutine.yield = original

-- A local named yield that is some other function does not suspend.
local notYield = coroutine.wrap(function()
  local yield = function(v) return v + 1 end
  local a = yield(1)
  local b = coroutine.yield(a)
  return yield(b)
end)
print(notYield(), notYield(100))

-- Outside a coroutine, and across pcall inside one, yield is refused with 5.1's message.
print(pcall(coroutine.yield, 1))
print(pcall(coroutine.yield))
local across = coroutine.wrap(function()
  local ok, err = pcall(function() return coroutine.yield(1) end)
  coroutine.yield(tostring(ok) .. " " .. tostring(err))
  return "after"
end)
print(across(), across())
