-- Strings are byte arrays: zeros inside them count and compare.
local s = "a\0b"
print(#s)
print(s:byte(1), s:byte(2), s:byte(3))
print(s == "a\0b", s == "a", s == "a\0c")
local z = "\0\0\0\0"
print(#z, z == string.rep("\0", 4))
print(#(s .. s), #(s .. z))
print(("x\0y"):sub(2, 2) == "\0")
print(("x\0y"):upper():byte(1, 3))
print("a\0b" < "a\0c", "a\0" > "a", "\0" < "\1")
print(string.len("\0abc\0"))
print(("\0"):rep(10):len())
local t = {}
t["k\0a"] = 1
t["k\0b"] = 2
print(t["k\0a"], t["k\0b"], t["k"])
print(tostring(#("\0" .. 123)))
print(string.format("%q", "1\0002"):byte(1, -1))
