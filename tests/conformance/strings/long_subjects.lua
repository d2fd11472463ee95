-- long subjects and long patterns: backtracking depth, repetition over many characters
local big = string.rep("a", 100000)
print(#big:match(".*"), #big:match("a+"), big:sub(1, 3000):match(".-b"), big:find("b", 1, true))
print(big:find("a*$"), big:find("()a$"))
print(#big:gsub("a", "b"), select(2, big:gsub("a", "b")))
print(select(2, big:gsub("aa", "")), #big:gsub("a", "", 10))
local n = 0
for _ in big:gmatch("a") do n = n + 1 end
print("gmatch count", n)
local deep = string.rep("a?", 20000) .. "$"
print(string.find(string.rep("a", 20000), deep))
print(string.find(string.rep("a", 30), string.rep("a?", 30) .. string.rep("a", 15)))
print(#string.match(string.rep("ab", 5000), string.rep("(ab)", 1) .. string.rep("a?b?", 9000)))
local caps = string.rep("(a)", 32)
print(select("#", string.match(string.rep("a", 40), caps)))
print(string.find(string.rep("x", 3000) .. "y", ".-y"))
print(string.find(string.rep("x", 3000), "x*y"))
local words = string.rep("word ", 20000)
print(select(2, words:gsub("%w+", "%0")), #words:gsub("%s", ""))
print(string.rep("ab", 50000):match("^(ab)+$") ~= nil, string.rep("ab", 50000):find("ba", 99990, true))
local balanced = string.rep("(", 5000) .. string.rep(")", 5000)
print(#balanced:match("%b()"))
print(#string.rep("x", 1000):gsub("x", "%0%0"))
print(#table.concat({string.byte(string.rep("z", 7000), 1, -1)}))
