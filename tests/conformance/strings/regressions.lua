-- assorted idioms scripts use: split, trim, escape, url-decode, word count, csv
local function split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
print(table.concat(split("a,b,,c", ","), "|"), #split("", ","), table.concat(split("x.y", "."), "|"))
local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
print("[" .. trim("  \t hi there \n ") .. "]", "[" .. trim("") .. "]")
local function escape(s) return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
print(escape("1+1=2? (yes) [50%]"), ("a.b"):find(escape(".")))
local function urldecode(s) return (s:gsub("+", " "):gsub("%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end)) end
print(urldecode("hello+world%21%3F%2b"))
local function urlencode(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end)) end
print(urlencode("a b&c=d/é"))
local text = "the quick brown fox jumps over the lazy dog the end"
local counts = {}
for w in text:gmatch("%a+") do counts[w] = (counts[w] or 0) + 1 end
print(counts.the, counts.fox, counts.cat)
local row = 'name,"quoted, field",42'
local fields = {}
for f in (row .. ","):gmatch('("?)(.-)%1,') do end
for q, f in (row .. ","):gmatch('("?)([^"]-)%1,') do fields[#fields + 1] = f end
print(#fields, table.concat(fields, "|"))
print(("CamelCaseString"):gsub("(%u)", " %1"):sub(2))
print(("snake_case_here"):gsub("_(%a)", string.upper))
print(("%d items"):format(3), ("%5.1f%%"):format(99.44))
print(("hex: %08x"):format(3735928559), ("%-6s|%6s|"):format("ab", "cd"))
print(string.format("%s=%q", "key", "va\"lue"))
print(("192.168.1.254"):match("^(%d+)%.(%d+)%.(%d+)%.(%d+)$"))
print(tostring(12):rep(2), ("x"):rep(3, "-"))
print(("a1b2c3"):gsub("%d", {["1"] = "one", ["3"] = "three"}))
