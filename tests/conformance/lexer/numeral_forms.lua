-- numeral spellings the 5.1 lexer accepts
print(0, 00, 007, 1.0, 1., .5, 0.5e1, 5e-1, 5E+1, 1e0)
print(0x10, 0XFF, 0xabcdef, 0x0, 0x00ff)
print(3.14159265358979, 1e308, 1e-308, 123456789012)
print(2^10, 10e2, 1e+2, 1.5e2)
print(- 1, -0x10, - - 2, 1 - -1)
local t = {0x1, 0x2}
print(t[0x1], t[2.0])
print(1 .. 2, 1.5 .. 0x10)
print(#"0x10", tonumber"0x10", 0x10 .. "")
print(math.floor(1e15 + 0.5), 9007199254740993)
print(.0, 0., 0e0, 0x0 == 0)
