-- gmatch: captures, empty matches, '^' taken literally, exhausted iterators, gfind
local function collect(s, p)
  local out = {}
  for a, b in string.gmatch(s, p) do
    out[#out + 1] = b and (tostring(a) .. "=" .. tostring(b)) or tostring(a)
  end
  return #out .. ":" .. table.concat(out, "|")
end
print(collect("one two  three", "%a+"))
print(collect("a,b,,c", "[^,]*"))
print(collect("a,b,,c", "([^,]*),?"))
print(collect("k1=v1, k2=v2", "(%w+)=(%w+)"))
print(collect("abc", ""))
print(collect("abc", "()"))
print(collect("^a^a", "^a"))
print(collect("hello", "l*"))
print(collect("x1y22z333", "%d+"))
print(collect("x1y22z333", "(%a)(%d*)"))
print(collect("", ".*"))
print(collect("aaa", "a-"))
print(collect("[a][b][]", "%b[]"))
print(collect(12.25, "%d"))
local it = ("ab"):gmatch(".")
print(it(), it(), it(), it())
local words = {}
for w in string.gfind("gfind still works", "%a+") do words[#words + 1] = w end
print(table.concat(words, ","))
print(type(string.gfind), string.gfind == string.gmatch)
print(pcall(string.gmatch, "x"))
print(pcall(string.gmatch, nil, "x"))
local bad = ("abc"):gmatch("%")
print(pcall(bad))
local n = 0
for a in ("a b c d e"):gmatch("%a") do n = n + 1 end
print("count", n)
