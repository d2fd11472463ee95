-- string.find and string.match with two and three arguments, as the fixed-arity calls of compiled
-- code make them: one-byte, plain, anchored and capturing patterns from every kind of start
-- position, numbers as subject or pattern, and the messages of bad arguments.
local find, match = string.find, string.match

local function show(...)
  local n, out = select("#", ...), ""
  for i = 1, n do out = out .. (i > 1 and "," or "") .. tostring((select(i, ...))) end
  return n .. ":" .. out
end

local subject = ' {"key": [12, 3.5e2, true]}\t\n x.y '
local patterns = { "[^ \t\r\n]", '["\\]', "%d+", "^ ", "^{", "(%a+)", "()%.()", "x.y", "%.", "", "^", "z", "%s*$", 12, "[" }
local inits = { nil, -100, -3, -1, 0, 1, 2, 5.5, 30, 34, 35, 36, 100, "4", " 6 ", "0x3", 2^31, -2^31 }

for _, p in ipairs(patterns) do
  local line = { tostring(p) }
  local ok, r = pcall(function() return show(find(subject, p)) .. " " .. show(match(subject, p)) end)
  line[#line + 1] = tostring(r)
  for k = 2, #inits do
    local i = inits[k]
    local ok1, r1 = pcall(function() return show(find(subject, p, i)) end)
    local ok2, r2 = pcall(function() return show(match(subject, p, i)) end)
    line[#line + 1] = tostring(i) .. "=" .. tostring(r1) .. "/" .. tostring(r2)
  end
  print(table.concat(line, " | "))
end

-- numbers as subjects, and a scanner loop like json's
print(show(find(123456, 34)), show(find(123456, "4", 2)), show(match(3.25, "%d+")), show(match(3.25, "(%d)$", -2)))
local text, pos, tokens = '  [1 ,\t2 ,\n 3 ]  ', 1, {}
while true do
  pos = find(text, "[^ \t\r\n]", pos)
  if not pos then break end
  tokens[#tokens + 1] = text:sub(pos, pos) .. "@" .. pos
  pos = pos + 1
end
print(table.concat(tokens, " "))

-- methods go through the string metatable to the same functions
local s = "key=value; other=thing"
print(s:find("="), s:find("=", 5), s:match("(%w+)=(%w+)"), s:match("(%w+)=(%w+)", 10), s:find("thing", -5, true))

local function err(f, ...)
  local ok, msg = pcall(f, ...)
  print(ok, msg)
end
err(find, nil, "x")
err(find, "abc", nil)
err(find, "abc", "b", {})
err(find, "abc", "b", "two")
err(match, {}, "x")
err(match, "abc", false)
err(match, "abc", "(", 1)
err(find, "abc", "%", 2)
err(find, "abc", "[a", 1)
err(function() return ("abc"):find({}) end)
err(function() return ("abc"):match("b", {}) end)
