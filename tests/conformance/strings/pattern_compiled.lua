-- patterns are read once into byte sets and reused: every item kind against every byte,
-- reuse of one pattern by several functions, patterns seen once, long patterns, and errors
-- in a pattern that are raised only when the matcher gets there.
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)

-- each single-character item against all 256 bytes: which bytes it accepts, as a digest
local function digest(p)
  local acc, n = 0, 0
  for i = 1, 256 do
    if string.find(all, p, i) == i then acc = (acc * 31 + i) % 1000000007; n = n + 1 end
  end
  return n .. ":" .. acc
end
local items = {
  ".", "a", "%a", "%A", "%c", "%C", "%d", "%D", "%l", "%L", "%p", "%P", "%s", "%S",
  "%u", "%U", "%w", "%W", "%x", "%X", "%z", "%Z", "%%", "%.", "%]", "%q", "%Q",
  "[abc]", "[^abc]", "[a-z]", "[^a-z]", "[z-a]", "[%a_]", "[^%s]", "[\1-\31]", "[%z\1-\31\"\\]",
  "[^ \t\r\n]", "[]]", "[^]]", "[a-]", "[-a]", "[%]-]", "[\128-\255]", "[^\128-\255]",
  "[%w%p]", "[^%w%p]", "[%d-z]", "[a%-z]", "[%z\1-\255]", "[^%z\1-\255]",
}
for _, p in ipairs(items) do print(string.format("%-16q %s", p, digest(p))) end
for _, p in ipairs(items) do
  -- the same item repeated, and as the first item of gmatch and gsub
  local n = 0
  for w in string.gmatch(all, p .. "+") do n = n + #w end
  local _, k = string.gsub(all, p, "")
  print(string.format("%-16q %d %d", p, n, k))
end

-- one pattern used by find, match, gmatch and gsub, many times
local text = "00042|alpha   |1d5b|17.14|ALPHA\n00099|kilo    |2f|3.50|KILO\n"
for round = 1, 3 do
  local out = {}
  for num, word in string.gmatch(text, "(%d+)|(%a+)") do out[#out + 1] = num .. "=" .. word end
  print(round, table.concat(out, " "), string.find(text, "(%d+)|(%a+)", 10))
  print(string.match(text, "^(%d+)|"), string.match(text, "(%d+)|(%a+)", 7), (string.gsub(text, "(%d+)|(%a+)", "%2/%1")))
end

-- '^' anchors find, match and gsub, but gmatch matches it literally
local caret = "^ab^ab"
print(string.find(caret, "^ab"), string.find(caret, "^ab", 2), string.match(caret, "^(.)"))
print(string.gsub(caret, "^ab", "X"))
for m in string.gmatch(caret, "^ab") do io.write(m, ";") end print()
for m in string.gmatch("x^a^b", "^.") do io.write(m, ";") end print()

-- patterns built at run time, each used once
local count = 0
for i = 1, 300 do
  local p = "^k" .. i .. "="
  if string.find("k" .. i .. "=v", p) then count = count + 1 end
  if string.match("k" .. (i + 1) .. "=v", p) then count = count + 100 end
end
print("dynamic", count)

-- equal patterns from different strings
local a1 = "[%d" .. "]+"
local a2 = string.sub("x[%d]+", 2)
print(string.find("ab123", a1), string.find("ab456", a2))

-- a zero byte ends the pattern; the subject keeps its zeros
print(string.find("a\0b", "a\0z"), string.find("a\0b", "[%z]"), string.find("a\0b", "%z"))
print(string.gsub("a\0b\0", "%z", "0"), string.gsub("a\0b", "[^%z]", "-"))

-- a long pattern (not kept between calls)
local long = string.rep("[ab]", 300)
local subject = string.rep("ab", 200)
print(string.find(subject, long), string.find(subject .. "c", long .. "c"))
print(#string.rep("a?", 2000), string.find(string.rep("a", 1000), string.rep("a?", 2000) .. "$"))

-- malformed items raise their error only when the matcher reaches them
print(pcall(string.find, "xyz", "q[a"))
print(pcall(string.find, "qyz", "q[a"))
print(pcall(string.find, "xyz", "x%"))
print(pcall(string.find, "abc", "b%"))
print(pcall(string.match, "abc", "z%b("))
print(pcall(string.match, "abc", "a%b("))
print(pcall(string.gsub, "abc", "c[^", "x"))
print(pcall(string.gsub, "abc", "d[^", "x"))
for _ = 1, 2 do print(pcall(string.find, "qyz", "q[a")) end

-- frontiers, balances and back-references mixed with sets
print(string.gsub("THE (quick) fox", "%f[%a]%a+", "<%0>"))
print(string.find("x(a(b)c)y", "%b()"), string.match("say 'hi' and \"bye\"", "([\"'])(.-)%1"))
print(string.match("key = value", "^(%w+)%s*=%s*(%w+)$"))
print(string.match("2024-01-05", "(%d+)-(%d%d)-(%d%d)"), string.match("  trim  ", "^%s*(.-)%s*$") .. "|")

-- one-byte patterns: the match is the byte where the search stops
local doc = '{ "a": [1, 2.5, "x\\"y"],\n\t"b" : "tab\there" }'
local pos, hits = 1, {}
while true do
  local at = string.find(doc, "[^ \t\r\n]", pos)
  if not at then break end
  hits[#hits + 1] = at
  pos = (string.find(doc, '["\\]', at + 1) or at) + 1
end
print(table.concat(hits, ","))
print(string.find(doc, "%s", 3), string.find(doc, ":", 40), string.find(doc, "%d", -5), string.find(doc, "x", 100))
print(string.match(doc, "[%p]", 2), string.match(doc, "%a", 10), string.match("", "%a"), string.find("", "[^a]"))
print(string.gsub(doc, '[%z\1-\31"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end))
print(string.gsub(doc, "%s", "_", 3), string.gsub("a,b,,c", ",", ";"))
local parts = {}
for c in string.gmatch("a1b2c3", "%d") do parts[#parts + 1] = c end
for c in string.gmatch("x.y.z", "[.]") do parts[#parts + 1] = c end
print(table.concat(parts, " "), select("#", string.gmatch("ab", "b")()))

-- a repetition backs off only to where the next item can match; results and errors as before
local log = "00042|alpha   |1d5b|17.14|ALPHA 7|x 123|45|"
for a, b in string.gmatch(log, "(%d+)|(%a+)") do io.write(a, "=", b, " ") end print()
print(string.find(log, "|(%x+)|%d+%.%d%d|ALPHA"), string.find(log, "(%d*)|x"), string.match(log, "(.+)|"))
print(string.match(log, "^(.*)(%d)"), string.match(log, "(%a+)( +)|"), string.match(log, "([%d|]+)()|"))
print(string.match("aaab", "a*()ab"), string.match("aaa", "(a+)a"), string.match("xaaay", "x(a*)(a+)y"))
print(string.match("k=v;k2=v2", "(.*)=(.*)"), string.match("a.b.c", "(.*)%.(.*)"), string.match("abc", "(.*)c+"))
print(string.gsub("one two  three", "(%w+)(%s*)", "<%1>"), string.find("aXbXc", ".*X"), string.find("aaa", "a+b"))
print(pcall(string.match, "123x", "%d+)x"))
print(pcall(string.match, "123x", "(%d+))x"))
print(pcall(string.match, "abc", "a*" .. string.rep("()", 33) .. "b"))
print(pcall(string.find, "123]", "%d+[%]"))
print(string.match("aa]", "a+%]"), string.match("a%", "a+%%"), string.match("ab12", "%a+%d+"))
