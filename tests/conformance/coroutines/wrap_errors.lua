-- coroutine.wrap propagates errors with the position they were raised at
local function try(label, f, ...) print(label, pcall(f, ...)) end
try("runtime", coroutine.wrap(function() local x; return x.y end))
try("error str", coroutine.wrap(function() error("boom") end))
try("error lvl0", coroutine.wrap(function() error("plain", 0) end))
try("error lvl2", coroutine.wrap(function() error("lvl2", 2) end))
try("error num", coroutine.wrap(function() error(5) end))
try("error nil", coroutine.wrap(function() error() end))
try("arith", coroutine.wrap(function(a) return a + {} end), 1)
try("call nil", coroutine.wrap(function() undefined_global_fn() end))
try("yield then error", (function()
  local w = coroutine.wrap(function() coroutine.yield(1) error("second") end)
  w()
  return w
end)())
local dead = coroutine.wrap(function() end)
dead()
try("dead", dead)
-- the wrap function itself is callable many times while alive
local counter = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
print(counter(), counter(), counter(), counter() == nil)
try("after end", counter)
-- resume returns false plus message; create + resume show the same text without extra position
local co = coroutine.create(function() error("same text") end)
print(coroutine.resume(co))
-- wrap inside wrap: positions are not duplicated
local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function() error("inner text") end)
  inner()
end)
try("nested", outer)
