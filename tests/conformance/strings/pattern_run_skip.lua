-- Patterns that start with a '*' or '+' repetition: after a failed match the starts inside
-- the same run are skipped. Results, counts and errors must be those of 5.1.
local subjects = {
  "00007|india   |100a|1.00|INDIA\n00014|juliet  |200d|2.00|JULIET",
  "abc123def4567ghi89 0x1f 12.5e3 -7 aaaa bbbb 1a2b3c",
  "   leading and   trailing   ",
  "k=v; key = value;x=1;;=;a==b",
  "",
  "9999999999",
  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
}
local patterns = {
  "(%d+)|(%a+)", "%d+%.%d+", "(%a+)(%d)", "%a+%d%d", "%s+%a", "(%s*)=(%s*)", "%w*;",
  "()%d+()x", "((%d+))%a", "%d*", "[%a_]+%s*=%s*([^;]*)", "a+b", "a*c", ".*x", ".-x",
  "%d+$", "%a+%f[%d]", "(%d+)%1", "%x+%s", "[^%s]+%s+[^%s]+", "%d+[eE]", "%a*%d*%s",
}
for _, s in ipairs(subjects) do
  for _, p in ipairs(patterns) do
    local found = {}
    for a, b, c in string.gmatch(s, p) do found[#found + 1] = tostring(a) .. "/" .. tostring(b) .. "/" .. tostring(c) end
    local r, n = string.gsub(s, p, "<%0>")
    local f = { string.find(s, p) }
    local f5 = { string.find(s, p, 5) }
    local m = { string.match(s, p, 3) }
    print(string.format("%q %q", s:sub(1, 20), p), #found, table.concat(found, " "), n, r,
      table.concat(f, ","), table.concat(f5, ","), table.concat(m, ","))
  end
end

-- gsub with a limit, a function and a table while runs are skipped
local s = "12ab 345cd 6ef 78 gh9 1011ij"
print(string.gsub(s, "%d+%a", "#", 2))
print(string.gsub(s, "(%d+)(%a)", function(d, a) return a .. d end))
print(string.gsub(s, "%d+(%a+)", { cd = "CD", ij = false }))
print(string.gsub(s, "%d*%a", "."))
-- errors still raised where 5.1 raises them
print(pcall(string.gsub, "123 456", "%d+(", "x"))
print(pcall(string.find, "123 456", "%d+%"))
print(pcall(string.gmatch("123 456", "%d+[a"), nil))
print(pcall(string.match, "111a", "(%d+)%2"))
