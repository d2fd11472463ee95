-- %a %c %d %l %p %s %u %w %x %z and their complements, over all 256 bytes
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  local lo = select(2, all:gsub("%" .. c, ""))
  local hi = select(2, all:gsub("%" .. c:upper(), ""))
  local first = all:match("%" .. c)
  print(c, lo, hi, first and first:byte() or "-")
end
print(all:gsub("[^%p]", ""):sub(1, 40))
print(("a1 B2\t_\n"):gsub("%w", "w"))
print(("a1 B2\t_\n"):gsub("%W", "."))
print(("tab\there\0zero"):gsub("%z", "Z"))
print(("x%y"):gsub("%%", "pct"))
print(("a.b"):gsub("%.", "DOT"), ("a.b"):gsub("%a", "L"))
print(("[]"):gsub("%[", "<"), ("q?"):gsub("%?", "!"))
print(("\200\201abc"):gsub(".", function(c) return c:byte() .. "," end))
print(("h\233llo"):match("%a+"), ("caf\233"):upper())
print(("x-y"):gsub("%-", "+"), ("x-y"):match("%g") == nil, ("g"):match("%g"))
print(("abc"):match("%q"), ("q"):match("%q"), ("%"):match("%%"))
