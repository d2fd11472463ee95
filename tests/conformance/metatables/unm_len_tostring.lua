-- __unm gets its operand twice; __len is ignored for tables; __tostring and print
local mt = {}
mt.__unm = function(a, b) return "unm:" .. tostring(a == b) .. ":" .. tostring(rawequal(a, b)) end
local o = setmetatable({}, mt)
print(-o)
print(pcall(function() return - -o end))
print(pcall(function() return -setmetatable({}, {}) end))
print(pcall(function() return -"2" end), -"2", -" 0x10 ")
print(pcall(function() return -"abc" end))
-- __len ignored for tables, # always raw
local lt = setmetatable({1, 2, 3}, {__len = function() return 42 end})
print(#lt, table.getn(lt))
-- # on strings ignores the string metatable
local smt = getmetatable("")
smt.__len = function() return -1 end
print(#"four")
smt.__len = nil
-- __tostring used by tostring and print, not by concatenation or string.format %s
local named = setmetatable({}, {__tostring = function(t) return "Named!" end})
print(named, tostring(named))
print(pcall(function() return "x" .. named end))
print(pcall(string.format, "%s", named))
-- __tostring returning a non-string
local nonstr = setmetatable({}, {__tostring = function() return {} end})
print(type(tostring(nonstr)))
local numstr = setmetatable({}, {__tostring = function() return 12 end})
print(tostring(numstr), type(tostring(numstr)))
print(pcall(print, nonstr))
-- print calls the global tostring
local saved = tostring
tostring = function(v) return "<" .. type(v) .. ">" end
print(1, "s", nil, {})
tostring = saved
print("restored", 1)
-- __tostring errors propagate
local bad = setmetatable({}, {__tostring = function() error("no string for you") end})
print(pcall(tostring, bad))
-- error objects with __tostring are not converted by pcall
local eobj = setmetatable({}, {__tostring = function() return "E!" end})
local ok, e = pcall(error, eobj)
print(ok, e == eobj, tostring(e))
