-- __index chains mixing tables and functions, and their depth limit
local log = {}
local base = {greet = "hello from base"}
local mid = setmetatable({mid_only = "mid"}, {__index = base})
local fnlayer = setmetatable({}, {__index = function(t, k)
  log[#log + 1] = "fn(" .. tostring(k) .. ")"
  return mid[k]
end})
local top = setmetatable({own = "own"}, {__index = fnlayer})
print(top.own, top.mid_only, top.greet, top.missing)
print(table.concat(log, " "))
-- the function receives the table it was attached to, not the original
local seen
local a = setmetatable({}, {__index = function(t, k) seen = t; return k .. "!" end})
local b = setmetatable({}, {__index = a})
print(b.key, seen == a, seen == b)
-- rawget bypasses the chain
print(rawget(top, "greet"), rawget(top, "own"))
-- a chain of 99 tables still works, 100 is a loop
local function chain(n)
  local t = {found = "end of chain " .. n}
  for i = 1, n do t = setmetatable({}, {__index = t}) end
  return t
end
print(chain(10).found)
print(pcall(function() return chain(98).found end))
print(pcall(function() return chain(200).found end))
-- a self-referencing __index loops
local loop = {}
setmetatable(loop, {__index = loop})
print(pcall(function() return loop.x end))
-- __index returning nil and false
local f = setmetatable({}, {__index = function() return false end})
print(f.anything, f[1])
-- keys of every type reach the function
local kinds = setmetatable({}, {__index = function(t, k) return type(k) end})
print(kinds[1], kinds.s, kinds[true], kinds[kinds], kinds[1.5])
-- numeric keys present in the array part never reach __index
local arr = setmetatable({1, 2, nil, 4}, {__index = function(t, k) return "miss " .. k end})
print(arr[1], arr[3], arr[4], arr[5])
