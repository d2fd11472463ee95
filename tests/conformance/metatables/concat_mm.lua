-- __concat, including how right-associative chains pair up.
local log = {}
local function label(v) if type(v) == "table" then return v.name end return tostring(v) end
local mt = {__concat = function(a, b)
  log[#log + 1] = label(a) .. "+" .. label(b)
  return setmetatable({name = "[" .. label(a) .. label(b) .. "]"}, getmetatable(type(a) == "table" and a or b))
end}
local T = setmetatable({name = "T"}, mt)
local r = T .. "x"
print(r.name, log[#log])
r = "x" .. T
print(r.name, log[#log])
r = 1 .. T
print(r.name, log[#log])
log = {}
r = "a" .. "b" .. T .. "c" .. "d"
print(r.name)
print(table.concat(log, " | "))
log = {}
r = T .. T .. T
print(r.name, table.concat(log, " | "))
-- a non-table result is fine
local S = setmetatable({}, {__concat = function(a, b) return "plain string" end})
print(S .. "z", "z" .. S, type(S .. S))
-- missing __concat
print(pcall(function() return {} .. "x" end))
print(pcall(function() return "x" .. {} end))
