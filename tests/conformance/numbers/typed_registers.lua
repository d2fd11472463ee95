-- Locals that hold numbers on some paths and other values on others: the compiler keeps
-- proven numbers as doubles, so each case here changes a type where a proof could go wrong.
local function show(...) print(...) end

-- A local assigned a number on one branch and a table on the other, read after the merge.
for round = 1, 2 do
  local v
  if round == 1 then v = 10 else v = {n = 3} end
  show("merge", type(v), type(v) == "number" and v + 1 or v.n)
end

-- A counter that turns into a string half way, then back into a number.
local c = 0
while true do
  c = c + 1
  if c == 3 then c = "3" end
  if type(c) == "string" then show("string counter", c, c + 1, c .. "!"); c = tonumber(c) end
  if c >= 5 then break end
end
show("counter", c)

-- Arithmetic on numeric strings gives numbers; on other operands metamethods run.
local s = "10"
local n = s + 1
show("numeric string", n, n * 2, s * "2", -s, "0x10" + 0)
local mt = {__add = function(a, b) return "added" end, __unm = function(a) return "neg" end,
            __lt = function(a, b) return true end, __le = function(a, b) return false end}
local t = setmetatable({}, mt)
local k = 5
show("metamethod", k + t, t + k, -t, k + 1)
local r = k + t
show("after metamethod", type(r), r)

-- A local that becomes nil: the arithmetic error names it.
local x = 1
x = x + 1
if x == 2 then x = nil end
show("nil arith", pcall(function() return x + 1 end))
local y = 3
y = y * 2
show("ok", y)
y = nil
show("err", select(2, pcall(function() local z = 4; z = nil; return z + 1 end)))

-- Numbers flow into calls, table stores, returns and upvalues boxed.
local acc = {}
local sum = 0
for i = 1, 5 do
  local sq = i * i
  acc[i] = sq
  sum = sum + sq
end
local function get() return sum end
show("escapes", acc[3], #acc, get(), select("#", sum, sum))

-- Captured loop variables keep their own values.
local fs = {}
for i = 1, 3 do fs[i] = function() i = i + 10; return i end end
show("captured", fs[1](), fs[1](), fs[2](), fs[3]())
