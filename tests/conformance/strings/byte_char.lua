-- string.byte and string.char: ranges, negatives, clamping, invalid values
local s = "Hello\0World\255"
print("byte1", s:byte())
print("byte3", s:byte(3))
print("range", s:byte(1, 5))
print("neg", s:byte(-1), s:byte(-6, -5))
print("zero", s:byte(6))
print("clamp", s:byte(0, 2))
print("past", select("#", s:byte(20)), select("#", s:byte(5, 2)))
print("count", select("#", s:byte(1, -1)))
print("empty", select("#", (""):byte()))
print("float", s:byte(2.9), s:byte("3"))
print("char", string.char(72, 105), string.char() == "", #string.char(0, 0))
print("char float", string.char(65.7, "66"))
print("roundtrip", string.char(s:byte(1, -1)) == s)
local t = {}
for i = 0, 255, 51 do t[#t + 1] = i end
print("bytes", string.char(unpack(t)):byte(1, -1))
for _, v in ipairs({256, -1, "x", 1e10}) do
  print("bad char", v, pcall(string.char, 65, v))
end
print("bad byte", pcall(string.byte, {}))
print("bad byte pos", pcall(string.byte, "abc", "x"))
print("big slice", pcall(string.byte, string.rep("a", 9000), 1, -1))
print("num as string", string.byte(123, 2))
