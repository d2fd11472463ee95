-- Each tail call leaves a "(tail call)" level behind (5.1's ci->tailcalls): levels that land on
-- one have no function, and the levels above it move up by one per tail call.

-- error levels: 2 is the tail call, 3 the caller below it.
local function e2() error("level 2", 2) end
local function e3() error("level 3", 3) end
local function t2() return e2() end
local function t3() return e3() end
local function call_t2() local ok, m = pcall(t2); return m end
local function call_t3() local r = t3(); return r end
print(call_t2())
print(pcall(call_t3))

-- Two tail calls in a row: levels 2 and 3 are both tail calls, 4 is the caller.
local function env_at(level) return getfenv(level) end
local function chain2(level) return env_at(level) end
local function chain1(level) return chain2(level) end
for level = 2, 4 do
  local ok, r = pcall(function() local e = chain1(level); return e end)
  print(level, ok, ok and (r == _G) or r)
end

-- A direct call after a tail call from elsewhere at the same depth has no tail-call level.
local function g() error("g at level 2", 2) end
local function f() return g() end
local function a() local ok, m = pcall(f); return m end
local function b() local ok, m = pcall(function() g() end); return m end
print(a())
print(b())
local function c() g() end
local function d() return g() end
print(pcall(d))
print(pcall(c))

-- The main chunk's own tail call, through a loaded chunk.
local chunk = loadstring("local function h() return getfenv(2) end return h()", "=chunk")
print(pcall(chunk))

-- setfenv on a tail-call level.
local function set2() return setfenv(2, {}) end
local function tail_set() return set2() end
print(pcall(tail_set))

-- Inside a coroutine (the resumable form defers tail calls to the caller).
local co = coroutine.wrap(function()
  local function inner() return getfenv(2) end
  local function outer() return inner() end
  coroutine.yield(pcall(outer))
  local function e() error("in coroutine", 2) end
  local function te() return e() end
  coroutine.yield(pcall(te))
end)
print(co())
print(co())

-- A tail call to a native function leaves no level.
local function native_tail() return getfenv(1) end
print(native_tail() == _G)
local function blame_native() return error("native", 2) end
local function call_bn() local ok, m = pcall(blame_native); return m end
print(call_bn())
