-- Character escapes in short strings, shown through their byte values.
local function bytes(s)
  local out = {}
  for i = 1, #s do out[#out + 1] = tostring(s:byte(i)) end
  return table.concat(out, " ")
end
print("n", bytes("\n"))
print("t", bytes("\t"))
print("backslash", bytes("\\"))
print("dquote", bytes("\""))
print("squote", bytes('\''))
print("a", bytes("\a"))
print("b", bytes("\b"))
print("f", bytes("\f"))
print("r", bytes("\r"))
print("v", bytes("\v"))
print("mixed", bytes("a\tb\nc"))
print("quotes in other quotes", "it's", 'say "hi"', "\'", '\"')
-- unknown escapes in 5.1 just keep the character
print("q", "\q", bytes("\q"))
print("z", "\z", "\g\h\i")
print("backslash-newline", bytes("x\
y"))
print("printed tab:[\t]")
print("lengths", #"\n", #"\\n", #"\\\\", #'\'\'')
