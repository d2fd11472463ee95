-- string.byte and string.sub with one to three arguments, as the fixed-arity calls of compiled
-- code make them: whole positions inside, at and past both ends, fractions, numeric strings,
-- numbers as subjects, method calls, and the messages of bad arguments.
local byte, sub = string.byte, string.sub

local function show(...)
  local t = { n = select("#", ...), ... }
  local parts = {}
  for i = 1, t.n do parts[i] = tostring(t[i]) end
  return t.n .. ":" .. table.concat(parts, ",")
end

local subjects = { "", "a", "hello", "0123456789abcdefghijklmnopqrstuvwxyz", 12345, -1.5 }
local positions = { -40, -37, -36, -6, -5, -2, -1, 0, 1, 2, 4, 5, 6, 36, 37, 1.5, -1.5, 2.999, "3", " 2 ", "0x2", 1e10, -1e10, 2^31, -2^31, 2^53 }

for si, s in ipairs(subjects) do
  print("subject", si, s)
  print("byte()", show(byte(s)))
  for _, i in ipairs(positions) do
    local line = { tostring(i), show(byte(s, i)), show(sub(s, i)) }
    for _, j in ipairs({ -1, 0, 1, 3, 100, 2.5, "4" }) do
      line[#line + 1] = show(sub(s, i, j))
    end
    print(table.concat(line, " | "))
  end
end

-- methods go through the string metatable to the same functions
local s = "method"
print(s:byte(), s:byte(2), s:byte(-1), s:byte(7), s:sub(2), s:sub(2, 3), s:sub(-3, -2))

-- single bytes come back as equal strings, usable as keys
local counts = {}
local text = "abracadabra"
for i = 1, #text do
  local c = sub(text, i, i)
  counts[c] = (counts[c] or 0) + byte(text, i)
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", counts[k], " ") end
print()

local function err(f, ...)
  local ok, msg = pcall(f, ...)
  print(ok, msg)
end
err(byte, nil, 1)
err(byte, {}, 1)
err(byte, "abc", "x")
err(byte, "abc", {})
err(byte, "abc", nil)
err(sub, nil, 1)
err(sub, "abc", nil)
err(sub, "abc", 1, {})
err(sub, "abc", "y", 2)
err(sub, "abc")
err(function() return ("abc"):byte({}) end)
err(function() return ("abc"):sub({}) end)
err(function() local t = {} return byte(t, 1) end)
err(function() return sub(true, 1, 2) end)
