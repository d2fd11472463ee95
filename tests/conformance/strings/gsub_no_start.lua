-- gsub whose pattern's first item accepts no byte of the subject: the subject comes back with a
-- count of 0, whatever the replacement, the limit or the anchor, and errors still come first.
local function esc(c) return "\\" .. c end
local subjects = { "", "plain words", "Springfield", "12 Main St\tApt 4", 'say "hi"', "a\0b", "\\" }
local patterns = { '[%z\1-\31"\\]', "%d", "x", "^x", "[%a]+", "%s", "x*", "()", "^", ".-", "%d+%a", "[^%w ]" }
local repls = { esc, { ['"'] = "Q", ["1"] = "one" }, "<%0>", 7 }

for _, s in ipairs(subjects) do
  for _, p in ipairs(patterns) do
    local line = {}
    for _, r in ipairs(repls) do
      local out, n = string.gsub(s, p, r)
      line[#line + 1] = string.format("%q/%d", out, n)
    end
    local out, n = string.gsub(s, p, "#", 0)
    line[#line + 1] = string.format("%q/%d", out, n)
    out, n = string.gsub(s, p, "#", 1)
    line[#line + 1] = string.format("%q/%d", out, n)
    print(string.format("%q", p), table.concat(line, " "))
  end
end

-- the subject is returned as the same value, usable as a key
local t = { ["no escapes here"] = 1 }
print(t[(string.gsub("no escapes here", '["\\]', esc))], (("abc"):gsub("%d", "x")))

local function err(...)
  print(pcall(string.gsub, ...))
end
err("abc", "%d", true)
err("abc", "%d")
err("abc", "%d", "x", "many")
err("abc", "%d", "%2")
err("", "[a", "x")
err("abc", "[z", "x")
err("abc", "z%", "x")
err(nil, "x", "y")
