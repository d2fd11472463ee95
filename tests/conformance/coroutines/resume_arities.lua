-- coroutine.resume and wrapped functions called with each number of arguments (the fixed-arity
-- entries and the general one), bad first arguments at each arity, and 0, 1 or many results.
local resume, wrap, yield = coroutine.resume, coroutine.wrap, coroutine.yield

local function echo(...)
  local args = { ... }
  while true do
    args = { yield(select('#', unpack(args)), unpack(args)) }
  end
end

local co = coroutine.create(echo)
print(resume(co))
print(resume(co, 1))
print(resume(co, 1, 2))
print(resume(co, 1, 2, 3))
print(resume(co, nil, nil))
print(resume(co, 1, 2, 3, 4, 5))

for _, bad in ipairs({ "nil", "1", "'s'", "{}", "print" }) do
  local f = loadstring("local resume = coroutine.resume; local v = " .. bad .. "\n"
    .. "return pcall(resume, v), pcall(resume, v, 1), pcall(resume, v, 1, 2)")
  print(bad, pcall(f))
end
print(pcall(function() return resume(nil) end))
print(pcall(function() return resume(42, 1) end))
print(pcall(function() return resume({}, 1, 2) end))

-- Results: none, one, several, and the values a finished body returns.
local zero = coroutine.create(function() yield() return end)
print(resume(zero)); print(resume(zero)); print(resume(zero))
local many = coroutine.create(function(a) local b, c = yield(a, a * 2, a * 3) return b + c, "end" end)
print(resume(many, 4)); print(resume(many, 10, 20)); print(resume(many, 1))

-- Wrapped functions with 0, 1, 2 and 4 arguments.
local w = wrap(echo)
print(w())
print(w(1))
print(w(1, 2))
print(w(1, 2, 3, 4))
print(select('#', w()))

-- A wrapped coroutine's error gets the caller's position; resuming it dead is an error too.
local failing = wrap(function(x) yield(x) error("boom") end)
print(failing(1))
print(pcall(failing))
print(pcall(failing))
local numeric = wrap(function() error(42) end)
print(pcall(numeric))
local tab = wrap(function() error({ code = 7 }) end)
local ok, e = pcall(tab)
print(ok, type(e), e.code)
