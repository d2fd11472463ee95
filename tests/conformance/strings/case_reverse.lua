-- upper, lower, reverse: bytes in the C locale
local s = "Hello, World! 123 \200\233 abcXYZ"
print(s:upper())
print(s:lower())
print(s:reverse())
print(("a\0b"):upper() == "A\0B", ("A\0B"):lower() == "a\0b")
print((""):upper() == "", (""):reverse() == "")
print(string.upper(12.5), string.lower("MiXeD"), string.reverse(123))
print(("[\\]^_`{|}~@"):lower(), ("[\\]^_`{|}~@"):upper())
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local up, lo = all:upper(), all:lower()
local changed = 0
for i = 1, 256 do
  if up:byte(i) ~= i - 1 then changed = changed + 1 end
  if lo:byte(i) ~= i - 1 then changed = changed + 1 end
end
print("changed bytes", changed)
print(all:reverse():reverse() == all)
print(pcall(string.upper))
print(pcall(string.reverse, {}))
