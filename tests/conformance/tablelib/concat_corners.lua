-- table.concat with ranges, separators and number formatting
print(table.concat({}), "|" .. table.concat({}, ",") .. "|")
print(table.concat({1, 2, 3}, ", "))
print(table.concat({1, 2, 3}, ", ", 2))
print(table.concat({1, 2, 3}, ", ", 2, 3))
print(table.concat({1, 2, 3}, ", ", 3, 2) == "")
print(table.concat({1, 2, 3}, ", ", 2, 2))
print(table.concat({"a", "b"}, 3))
print(table.concat({1.5, -0.25, 1e100, 2^53}, " "))
print(table.concat({"x", "y", "z"}, "", "2", "3"))
print(table.concat({[0] = "zero", "one"}, "-", 0, 1))
print(table.concat({[-1] = "m", [0] = "z", [1] = "o"}, "+", -1, 1))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))
print(pcall(table.concat, {true}))
local big = {}
for i = 1, 1000 do big[i] = i % 10 end
local s = table.concat(big)
print(#s, s:sub(1, 12), s:sub(-5))
print(#table.concat(big, ", "))
-- concat does not use __index or __tostring
local proxy = setmetatable({}, {__index = function(_, i) return "v" .. i end})
print(pcall(table.concat, proxy, ",", 1, 2))
local named = setmetatable({}, {__tostring = function() return "named" end})
print(pcall(table.concat, {named}))
-- separators with embedded zeros and long strings
local z = table.concat({"a", "b", "c"}, "\0")
print(#z, z:byte(1, -1))
print(#table.concat({("x"):rep(100), ("y"):rep(100)}, ("-"):rep(50)))
