-- the string metatable: method calls on strings and numbers, the string table, coercions
local s = "Hello"
print(s:len(), s:upper(), s:lower(), s:rep(2), s:sub(2, 3), s:byte(1), s:reverse())
print(("%d-%s"):format(5, "x"), ("a,b"):find(","), ("k=v"):match("(%w)=(%w)"))
print(("x"):rep(3):upper():len())
print(#("abc"), ("abc"):len() == #"abc")
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
print(type(string), type(string.format), rawequal(string.gsub, ("").gsub))
local names = {}
for k in pairs(string) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(pcall(function() local n = 5; return n:rep(2) end))
print(pcall(function() return ("x"):nosuch() end))
print(pcall(function() return s.len end) and "field access ok")
print(("abc").len == string.len, s.nosuch)
string.shout = function(str) return str:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() return ("hey"):shout() end))
print(string.len(123), string.sub(12345, 2, 3), string.rep(1.5, 2))
print(pcall(string.len))
print(pcall(function() return string.len() end))
print(pcall(function() return s:rep() end))
print(pcall(function() return s:sub({}) end))
print(pcall(function() return ("x"):byte({}) end))
print(pcall(function() local t = {} return t.x:upper() end))
print(pcall(string.dump, print))
print(pcall(function() return string.dump("x") end))
