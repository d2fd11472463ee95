-- errors raised inside nested coroutines and how they surface at each level
local function level3() error("deep failure") end
local c3 = coroutine.create(function() level3() end)
local c2 = coroutine.create(function()
  local ok, e = coroutine.resume(c3)
  coroutine.yield("c2 saw: " .. tostring(ok) .. " " .. e)
  error("c2 own error")
end)
local c1 = coroutine.create(function()
  print("c1 first", coroutine.resume(c2))
  print("c1 second", coroutine.resume(c2))
  return "c1 ok"
end)
print(coroutine.resume(c1))
print(coroutine.status(c1), coroutine.status(c2), coroutine.status(c3))
-- a wrapped coroutine's error propagates through the caller
local w3 = coroutine.wrap(function() error("w3 fails") end)
local w2 = coroutine.wrap(function() w3() end)
local w1 = coroutine.wrap(function() return pcall(w2) end)
print(w1())
-- wrap adds the position of the error's origin only, not of the caller
local wr = coroutine.wrap(function() local t = nil; return t.x end)
print(pcall(wr))
-- table error values pass through unchanged
local tv = {}
local wt = coroutine.wrap(function() error(tv) end)
local ok, e = pcall(wt)
print(ok, e == tv)
-- errors with level 2 inside a coroutine
local function checker(x) if not x then error("bad x", 2) end return x end
local cl = coroutine.create(function() checker(false) end)
print(coroutine.resume(cl))
-- error after several yields keeps values already delivered
local steps = coroutine.create(function()
  for i = 1, 3 do coroutine.yield(i) end
  error({at = 4})
end)
for i = 1, 5 do
  local ok2, v = coroutine.resume(steps)
  print(i, ok2, type(v) == "table" and "table at " .. v.at or v)
end
-- pcall inside a coroutine catches errors of a resumed inner coroutine
local guarded = coroutine.create(function()
  local ok3, msg = pcall(coroutine.wrap(function() error("inner wrap", 0) end))
  return ok3, msg
end)
print(coroutine.resume(guarded))
