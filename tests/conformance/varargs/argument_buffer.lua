-- Calls with four to eight fixed arguments pass them in the caller's own buffer, and vararg
-- functions read '...' where the caller left it: nested calls, recursion, errors, natives and
-- __call tables must not see any difference.
local function pack(...) return { n = select('#', ...), ... } end
local function show(label, t)
  local parts = {}
  for i = 1, t.n do parts[i] = tostring(t[i]) end
  print(label, t.n, table.concat(parts, ","))
end

local function v(...)
  local inner = pack(10, 20, 30, 40, 50, 60, 70, 80)   -- a buffered call inside the window's lifetime
  local again = pack(1, 2, 3, 4, 5)
  return select('#', ...), inner.n + again.n, ...
end
show("nested", pack(v("a", nil, "c", nil, "e", "f")))
show("three", pack(v(1, 2, 3)))
show("eight", pack(v(1, 2, 3, 4, 5, 6, 7, 8)))
show("nine", pack(v(1, 2, 3, 4, 5, 6, 7, 8, 9)))

local function fixed5(a, b, c, d, e) return e, d, c, b, a end
show("fixed five", pack(fixed5(1, 2, 3, 4, 5)))
show("fixed four", pack(fixed5(1, 2, 3, 4)))
show("fixed six", pack(fixed5(1, 2, 3, 4, 5, 6)))

local function depth(n, a, b, c, d, e)
  if n == 0 then return a + b + c + d + e end
  local r = depth(n - 1, b, c, d, e, a + n)
  return r + a * 0 + e                                  -- own arguments intact after the inner call
end
print("recursive", depth(50, 1, 2, 3, 4, 5))

print("native", string.format("%d %s %d %s %d", 1, "x", 2, "y", 3))
print("pcall five", pcall(v, 1, 2, 3, 4))
print("pcall error", pcall(function(a, b, c, d) error(a .. b .. c .. d) end, "w", "x", "y", "z"))
print("error line", pcall(function() local t = nil; fixed5(1, 2, 3, 4, t.x) end))

local callable = setmetatable({}, { __call = function(self, ...) return select('#', ...), ... end })
show("__call", pack(callable(1, 2, 3, 4, 5)))

-- return select(...) and return ... straight from the window
local function count(...) return select('#', ...) end
local function from(i, ...) return select(i, ...) end
local function all(...) return ... end
print("count", count(), count(nil), count(1, nil, nil))
show("from 2", pack(from(2, "a", "b", "c")))
show("from 4", pack(from(4, "a", "b", "c")))
show("from 9", pack(from(9, "a", "b", "c")))
show("from -1", pack(from(-1, "a", "b", "c")))
print("from 0", pcall(from, 0, "a"))
print("from str", from("2", "a", "b"))
print("from bad", pcall(from, "x", "a"))
show("all none", pack(all()))
show("all nils", pack(all(nil, nil)))
do
  local select = function(...) return "mine", ... end
  local function c2(...) return select('#', ...) end
  print("rebound", c2(1, 2))
end

-- {...} and { f() } fill the constructor straight from the window or the results
local function many(n) if n == 0 then return end return n, many(n - 1) end
local function tab(...) return { ... } end
print("tab", #tab(1, 2, 3), #tab(), tab(nil, 2)[2])
print("ctor", #{ many(0) }, #{ many(1) }, #{ many(6) }, ({ many(3) })[3])
print("ctor mixed", #{ 1, 2, many(3) }, #{ many(3), many(3) })
local t = { all(1, nil, 3) }
print("ctor nil", t[1], t[2], t[3])

-- f(...) and return f(...) pass the window on: wrappers, tail chains through copied windows, __call and natives
local function pass(...) return select('#', ...), ... end
local function via(...) local r = pack(pass(...)) return r end
show("via", via(1, nil, 3, nil))
local function c3(...) local big = {} for i = 1, 3000 do big[i] = i end local n = select('#', unpack(big)) return pack(n, ...) end
local function c2(...) return c3(...) end
local function c1(...) return c2(...) end
local function start(...) return c1(...) end
show("chain", start("a", nil, "c", 4, 5, 6, 7, 8, 9))
show("chain short", start())
local function tailcall(...) return callable(...) end
show("tail __call", pack(tailcall(7, nil, 9)))
local function tailnative(...) return tostring(...) end
print("tail native", tailnative(12, 13), pcall(tailnative))
local function spread(...) return fixed5(...) end
show("spread", pack(spread(1, 2, 3, 4, 5, 6)))
