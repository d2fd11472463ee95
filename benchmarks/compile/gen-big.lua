-- Writes a Lua program of N functions, five lines each (default 1000: a 5,000-line file), to stdout.
-- Used for the `luac-il build` compile-time figure in benchmarks/README.md:
--   lua5.1 benchmarks/compile/gen-big.lua > big5000.lua
local n = tonumber(arg and arg[1]) or 1000
local out = {}
for i = 1, n do
  out[#out + 1] = string.format("function f%d(a, b, t)", i)
  out[#out + 1] = string.format("  local x = a * %d + b - (t.k%d or 0)", i, i % 17)
  out[#out + 1] = string.format("  if x > %d then t.v%d = x .. 's' else t[%d] = { x, a, b } end", i * 3, i % 23, i)
  local tail = i > 1 and string.format("f%d(a, b, t)", i - 1) or "nil"
  out[#out + 1] = string.format("  for j = 1, %d do x = x + j %% 7 end return x, %s", i % 5 + 1, tail)
  out[#out + 1] = "end"
end
out[#out + 1] = string.format("print(f%d(1, 2, {}))", n)
io.write(table.concat(out, "\n"), "\n")
