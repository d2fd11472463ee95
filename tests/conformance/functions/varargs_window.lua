-- '...' kept on the value stack: nils at the end, select with negative indices, tail calls that
-- pass varargs on, a stack that grows while varargs are live, errors unwinding through them.
print("main", select('#', ...), ...)

local function pack(...) return { n = select('#', ...), ... } end
local function show(label, ...)
  local t = pack(...)
  local parts = {}
  for i = 1, t.n do parts[i] = tostring(t[i]) end
  print(label, t.n, table.concat(parts, ","))
end

show("trailing nils", 1, nil, nil)
show("only nils", nil, nil, nil)
show("none")
local function id(...) return ... end
show("through id", id(1, nil, 3, nil, nil))
show("select -1", select(-1, 1, 2, 3))
show("select -3", select(-3, 1, 2, 3))
show("select 2", select(2, "a", "b", nil))
print("select -4", pcall(select, -4, 1, 2, 3))
print("select 0", pcall(select, 0, 1))

-- A vararg function reached by a tail call gets arguments no caller protects.
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + (select(i, ...) or 0) end
  return s
end
local function forward(f, ...) return f(...) end
local function forward2(...) return forward(sum, ...) end
print("tail forward", forward2(1, 2, 3, nil, 5))

-- Recursion that lengthens the varargs each level, returning them all at the bottom.
local function grow(n, ...)
  if n == 0 then return select('#', ...), ... end
  return grow(n - 1, n, ...)
end
print("grow", grow(12))
local function grow_nt(n, ...)
  if n == 0 then return pack(...) end
  local t = grow_nt(n - 1, n, ...)
  return t
end
print("grow not tail", grow_nt(300).n)

-- The stack grows (a big unpack) while this call's varargs are still needed afterwards.
local function keep(...)
  local big = {}
  for i = 1, 5000 do big[i] = i end
  local n = select('#', unpack(big))
  return n, ...
end
print("keep", keep("x", nil, "z"))

-- Errors raised inside vararg calls leave the caller's values intact.
local function fail(...) error("boom " .. select('#', ...)) end
for i = 1, 3 do
  local ok, msg = pcall(fail, 1, 2, i)
  print("pcall", ok, msg, i)
end
print("after errors", id(7, 8, 9))
print("pcall varargs", pcall(id, 1, nil, 3))

-- The compatibility 'arg' table.
local function old(...) return arg.n, arg[1], arg[3] end
print("arg", old("p", "q", nil))
print("unpack many", pcall(unpack, {}, 1, 10000))
print("unpack huge", pcall(unpack, {}, 1, 2^31))
print("unpack nils", select('#', unpack({ 1, nil, 3 }, 1, 5)))
