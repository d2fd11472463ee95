-- __eq/__lt/__le: same-handler rule, __le fallback, mixed types
local calls = {}
local function note(s) calls[#calls + 1] = s end
local lt = function(a, b) note("lt"); return a.v < b.v end
local le = function(a, b) note("le"); return a.v <= b.v end
local A = {__lt = lt, __le = le}
local B = {__lt = lt, __le = le}
local x, y = setmetatable({v = 1}, A), setmetatable({v = 2}, B)
print("shared fns", x < y, x <= y, y > x, y >= x, table.concat(calls, ","))
calls = {}
-- different functions: error even if both exist
local C = {__lt = function() return true end}
local D = {__lt = function() return true end}
local c, d = setmetatable({}, C), setmetatable({}, D)
print(pcall(function() return c < d end))
print(pcall(function() return c <= d end))
-- only one side has a metatable
print(pcall(function() return c < {} end))
print(pcall(function() return {} < c end))
-- __le absent: fallback to not (b < a)
local onlylt = {__lt = function(a, b) note("lt " .. a.v .. "<" .. b.v); return a.v < b.v end}
local p, q = setmetatable({v = 5}, onlylt), setmetatable({v = 7}, onlylt)
print("fallback", p <= q, q <= p, p >= q, table.concat(calls, ","))
calls = {}
-- __lt absent but __le present: < fails
local onlyle = {__le = function() return true end}
local r, s = setmetatable({}, onlyle), setmetatable({}, onlyle)
print(r <= s, pcall(function() return r < s end))
-- results are converted to booleans
local weird = {__lt = function() return 0 end, __le = function() return nil end}
local w1, w2 = setmetatable({}, weird), setmetatable({}, weird)
print(w1 < w2, w1 <= w2, w1 > w2, w1 >= w2)
-- __eq: only for two tables (or two userdata) with the same handler, never for raw-equal
local eqn = 0
local E = {__eq = function() eqn = eqn + 1; return true end}
local e1, e2 = setmetatable({}, E), setmetatable({}, E)
print(e1 == e2, e1 ~= e2, e1 == e1, e1 == "x", e1 == 1, eqn)
local F = {__eq = E.__eq}
local f1 = setmetatable({}, F)
print(e1 == f1, eqn)
local G = {__eq = function() return true end}
print(e1 == setmetatable({}, G), eqn)
-- strings and numbers never compare with each other
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "10" < "9" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil >= 1 end))
print(pcall(function() return true <= false end))
