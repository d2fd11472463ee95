-- Decimal escapes \d, \dd, \ddd (not octal, not hex).
local function bytes(s)
  local out = {}
  for i = 1, #s do out[#out + 1] = tostring(s:byte(i)) end
  return table.concat(out, ",")
end
print("\65\66\67")
print(bytes("\0"), #"\0")
print(bytes("\255"), #"\255")
print(bytes("\1\2\3"))
print(bytes("\0011"), "three digits max then a literal 1")
print(bytes("\1234"), "123 then 4")
print(bytes("\9x"), bytes("\09x"), bytes("\009x"))
print("\072\101\108\108\111")
print(bytes("\10"), "\10" == "\n")
print(bytes("\13"), "\13" == "\r")
print("\\0101 is \\010 then 1:", bytes("\0101"))
print(bytes("\x41"), "no hex escapes in 5.1")
print(#"\000\000\000", #"a\0b\0c")
print("\97\98\99" == "abc")
