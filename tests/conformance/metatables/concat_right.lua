-- __concat is applied from the right and sees partially joined strings
local log = {}
local mt = {__concat = function(a, b)
  local function s(x) return type(x) == "table" and "<" .. x.n .. ">" or tostring(x) end
  log[#log + 1] = s(a) .. "+" .. s(b)
  return setmetatable({n = s(a) .. s(b)}, getmetatable(type(a) == "table" and a or b))
end}
local function obj(n) return setmetatable({n = n}, mt) end
local function run(label, f)
  log = {}
  local r = f()
  print(label, r.n, table.concat(log, " | "))
end
run("t..s", function() return obj("T") .. "s" end)
run("s..t", function() return "s" .. obj("T") end)
run("a..b..t..c..d", function() return "a" .. "b" .. obj("T") .. "c" .. "d" end)
run("t..t", function() return obj("X") .. obj("Y") end)
run("t..1..2", function() return obj("T") .. 1 .. 2 end)
run("1..t..2", function() return 1 .. obj("T") .. 2 end)
run("x..t..y..t", function() return "x" .. obj("A") .. "y" .. obj("B") end)
-- numbers coerce without the metamethod
print(1 .. 2, 1.5 .. "", 2^53 .. "")
-- the left operand's handler wins, else the right's
local L = setmetatable({}, {__concat = function() return "left" end})
local R = setmetatable({}, {__concat = function() return "right" end})
print(L .. R, R .. L, "s" .. R, L .. "s")
-- no handler
print(pcall(function() return {} .. "x" end))
print(pcall(function() return "x" .. {} end))
print(pcall(function() return "x" .. nil end))
print(pcall(function() local b = true; return b .. "x" end))
