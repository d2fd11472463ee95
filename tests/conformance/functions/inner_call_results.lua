-- f(a, g(b)) passes every result of g: none, one or many, whatever the callee
-- (Lua function, vararg function, library function), in every call position.

local function none() end
local function one(x) return x end
local function two(x) return x, x * 2 end
local function many(n) local t = {} for i = 1, n do t[i] = i end return unpack(t) end

local function count(...) return select('#', ...) end
local function show(...)
  local parts = {}
  for i = 1, select('#', ...) do parts[#parts + 1] = tostring((select(i, ...))) end
  return table.concat(parts, ",")
end
local function add2(a, b) return (a or 0) + (b or 0) end
local function fixed3(a, b, c) return tostring(a) .. "|" .. tostring(b) .. "|" .. tostring(c) end

-- a callee that returns a different number of values on each call
local k = 0
local function varying()
  k = k + 1
  if k % 3 == 0 then return end
  if k % 3 == 1 then return k end
  return k, -k
end

print(count(none()), count(one(1)), count(two(1)), count(many(5)))
print(count(1, none()), count(1, one(2)), count(1, two(2)), count(1, 2, many(4)))
print(show(1, none()), show(1, one(nil)), show(1, two(3)))
print(add2(1, one(2)), add2(1, none()), add2(1, two(5)))
print(fixed3(1, one(2)), fixed3(1, 2, one(3)), fixed3(1, 2, two(3)), fixed3(one(9)))
for i = 1, 6 do print(i, count(i, varying()), show(i, varying())) end

-- library callees see exactly the values passed
print(select('#', one(nil)), type(one(nil)))
print(math.max(1, one(7)), math.max(1, two(3)))
print(string.rep("ab", one(3)), pcall(string.rep, "x", none()))
print(pcall(print, one(nil)))

-- tail position: the callee's own frame sees the values too
local function tail_count(x) return count(x, one(x)) end
local function tail_none(x) return count(x, none()) end
local function tail_many(x) return show(x, two(x)) end
print(tail_count(4), tail_none(4), tail_many(4))

-- recursion through the single-result path, as Ackermann does
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3), ack(3, 3))

-- results of the outer call are still all kept
local function pass(a, b) return a, b, "end" end
print(pass(1, one(2)))
print(pass(1, none()))
print((pass(1, one(2))))
local t = { pass(0, one(1)) }
print(#t, t[1], t[2], t[3])

-- a callable table as the outer callee
local callable = setmetatable({}, { __call = function(self, a, b) return count(a, b), b end })
print(callable(1, one(2)))
print(callable(1, none()))

-- errors keep their text
print(pcall(function() local f; return f(1, one(2)) end))
print(pcall(function() local f; f(1, one(2)) end))
