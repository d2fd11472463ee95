-- __tostring is used by tostring and print.
local Money = {}
Money.__tostring = function(m) return string.format("$%d.%02d", m.cents / 100, m.cents % 100) end
local function money(c) return setmetatable({cents = c}, Money) end
print(money(1234))
print(tostring(money(5)), tostring(money(100)))
print("with others", money(99), 1, nil)
local items = {money(1), money(250)}
local parts = {}
for i, m in ipairs(items) do parts[i] = tostring(m) end
print(table.concat(parts, ", "))
-- __tostring is not used by concatenation or string.format's %s conversion of strings
print(pcall(function() return "total: " .. money(1) end))
print(pcall(string.format, "%s", money(1)))
-- __tostring may return a computed description
local counter = 0
local C = setmetatable({}, {__tostring = function() counter = counter + 1; return "call#" .. counter end})
print(C, C)
print(tostring(C))
-- __tostring on a metatable shared by several objects
local Shape = {__tostring = function(s) return s.kind .. "(" .. s.size .. ")" end}
print(setmetatable({kind = "square", size = 2}, Shape), setmetatable({kind = "circle", size = 1.5}, Shape))
-- __tostring also gets used for error values printed by print
local ok, e = pcall(error, money(42))
print(ok, e)
