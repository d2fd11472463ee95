-- One-number math functions called with numbers, numeric strings and bad arguments, directly and through aliases.
print(pcall(math.sqrt))
print(pcall(math.sqrt, "16"))
print(pcall(math.floor, "x"))
print(pcall(math.sqrt, nil))
print(math.sqrt(2), math.floor(-3.5), math.abs(-0), math.log(-1), math.ceil("2.5"))
local s = math.sqrt
print(pcall(s, {}))
print(select('#', math.sqrt(4, 5)))
print(pcall(string.dump, math.sqrt))
print(pcall(function() return math.sqrt("x") end))
print(pcall(function() local f = math.floor; return f(true) end))
local acc = 0
for i = 1, 100 do acc = acc + math.sqrt(i) + math.floor(i / 3) + math.abs(-i) + s(i * i) end
print(string.format("%.10f", acc))
print(math.sqrt("0x10"), math.floor(" 7.9 "), math.sin(0), math.cos(0), math.exp(0))
