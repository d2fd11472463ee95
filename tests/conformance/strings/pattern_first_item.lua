-- Unanchored searches skip start positions whose byte the pattern's first item rejects; results and
-- errors must be those of trying every position (5.1 fails on the first item before reading on).
local subject = "key=1; other = 22 ;last=333|x|y|%z\0tail"
local patterns = {
  "|", "=", "%d+", "(%d+)", "((%a+))=", "[;|]", "[^%a ]+", "%%", "%z", "\0", "%s*=%s*",
  "x|", "|(%a)|", "[%d;]+", "%a+$", "(=)(%d)", "%p", "y|%%z", "]", "^", "l(a)st",
}
for _, p in ipairs(patterns) do
  local t = {}
  for a, b in string.gmatch(subject, p) do t[#t + 1] = tostring(a) .. "," .. tostring(b) end
  local r, n = string.gsub(subject, p, "<%0>")
  print(string.format("%-10q", p), string.find(subject, p), string.find(subject, p, 10), string.match(subject, p, 5),
        table.concat(t, " "), (r:gsub("%z", "\\0")), n, (string.gsub(subject, p, "#", 2)):gsub("%z", "\\0"))
end

-- errors after the first item: raised only when a match gets that far
local function try(...) print(pcall(...)) end
try(string.find, "abc", "x%")         -- no 'x': the malformed rest is never read
try(string.find, "abcx", "x%")
try(string.find, "abc", "q[a")
try(string.find, "abq", "q[a")
try(string.gsub, "abc", "z(", "")
try(string.gsub, "abz", "z(", "")
try(string.match, "abc", "%d%1")
try(string.match, "ab1", "%d%1")
try(string.find, "abc", "[a")         -- the first item itself is malformed: always an error
try(string.find, "", "%")
try(string.gmatch("abc", "b%"))
try(string.gmatch("abc", "z%"))
