-- __call is an ordinary call in 5.1 (no C boundary), so the handler may yield
local callable = setmetatable({}, {__call = function(self, a, b)
  local got = coroutine.yield("in __call", a, b)
  return "returned " .. tostring(got)
end})
local co = coroutine.create(function(x)
  local r = callable(x, x * 2)
  coroutine.yield(r)
  return "end"
end)
print(coroutine.resume(co, 21))
print(coroutine.resume(co, "resume value"))
print(coroutine.resume(co))
print(coroutine.status(co))
-- also as a generator iterator object in a wrap
local gen = setmetatable({n = 0}, {__call = function(self)
  self.n = self.n + 1
  coroutine.yield(self.n)
  return self.n * 10
end})
local w = coroutine.wrap(function() return gen() + gen() end)
print(w(), w(), w())
