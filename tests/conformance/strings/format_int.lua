-- string.format integer conversions: %d %i %o %u %x %X %c with flags, width, precision
local fmts = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-8.3d|", "%08.3d",
  "%i", "%+.0d", "%.0d", "%o", "%#o", "%#.0o", "%u", "%x", "%X", "%#x", "%#X", "%#08x", "%-#8x|", "%+x", "% u"}
local vals = {0, 1, -1, 42, -42, 255, 3.99, -3.99, 2^31, -2^31, 2^53, 1e15}
for _, f in ipairs(fmts) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = "[" .. string.format(f, v) .. "]" end
  print(f, table.concat(out, " "))
end
print(string.format("%d %d %d", 2^63, -2^63, 1e100))
print(string.format("%x %x %x %x", -1, 2^63, 2^64, -2^63))
print(string.format("%u %o", -3, -1))
local nan, inf = 0/0, 1/0
print(string.format("%d %x %d", nan, nan, inf))
print(string.format("%d", "0x10"), string.format("%x", " 255 "), string.format("%5.2d", "7"))
print(string.format("%c%c%c", 76, 117, 97), string.format("%c", 321), #string.format("%c", 0))
print("[" .. string.format("%5c", 65) .. "]", "[" .. string.format("%-5c", 65) .. "]", "[" .. string.format("%5c", 0) .. "]", "[" .. string.format("%-5c", 0) .. "]")
print(string.format("%-----5d|", 7), string.format("%-+ #0d", 5), string.format("%99d", 1):len())
print(string.format("%.99d", 1):len(), string.format("%99.99x", 255):len())
