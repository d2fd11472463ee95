-- the shared string metatable: method calls, extending string, indexing strings
local s = "Hello"
print(s:upper(), s:len(), ("x"):rep(3), s:sub(2, 3), #s)
-- adding a function to the string table makes it a method of every string
function string.shout(str) return str:upper() .. "!" end
print(s:shout(), ("quiet"):shout())
string.shout = nil
print(pcall(function() return s:shout() end))
-- indexing a string with a non-method key gives nil (string table lookup)
print(s.len == string.len, s.nothing, s[1])
-- numbers are not strings for method calls
print(pcall(function() local n = 5; return n:rep(2) end))
-- replacing __index with a function
local mt = getmetatable("")
local saved = mt.__index
mt.__index = function(str, k)
  if type(k) == "number" then return string.sub(str, k, k) end
  return saved[k]
end
print(s[1], s[5], s[6] == "", s:lower())
mt.__index = saved
print(s[1])
-- string methods work on string-typed results directly
print(("%d-%d"):format(1, 2), ("a,b"):find(",", 1, true), ("  trim  "):match("^%s*(.-)%s*$"))
print((tostring(12)):rep(2), (1 .. ""):len())
