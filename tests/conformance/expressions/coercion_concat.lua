-- Numbers are converted to strings by .. using %.14g.
print(1 .. "")
print(1.0 .. "", -1.5 .. "", 1e3 .. "")
print(0.1 + 0.2 .. "")
print(1 / 3 .. "")
print(100000000000000 .. "")
print(1e15 .. "", 1e16 .. "")
print(2 ^ 31 .. "", 2 ^ 32 .. "")
local zero = 0
print(-zero .. "|")
print(3 .. 4 == "34")
print(#(12345 .. ""))
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. true end))
print(pcall(function() return {} .. "a" end))
local n = 7
local s = "n=" .. n
print(s, type(s))
print(("x"):rep(2, nil) .. 1)
print(string.len(255 .. 0x10))
print(1e-5 .. "", 123e-7 .. "")
