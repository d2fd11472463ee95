-- %g, %f and tostring of numbers: ties, powers of ten, the 14/15-digit boundary, tiny and huge
-- values, subnormals, signs. The common numbers take shortcut paths; these pin them to glibc.
local fmts = { "%.14g", "%g", "%.3g", "%.15g", "%.1g", "%G", "%.2f", "%.0f", "%.9f", "%5.1f", "%-12.4f", "%012.3f", "%.15f", "%f", "%#.3g", "%#.0f", "%+.2f", "% .14g" }

local function line(v)
  local parts = { tostring(v), v .. "" }
  for _, f in ipairs(fmts) do parts[#parts + 1] = string.format(f, v) end
  return table.concat(parts, " ")
end

local specials = {
  0.5, 1.5, 2.5, 0.125, 0.375, 0.045, 1.005, 2.675, 1e-5, 1.5e-5, 0.0001, 0.00012345,
  1e14, 1e15, 1e16, 123456789012345, 1234567890123456, 12345678901234567, 2^53, 2^53 - 1, 2^63, 2^64, 2^70,
  0.1, 0.2, 0.3, 1/3, 2/3, 3.14159265358979, 100, 99.995, 99.9949999, 9.5, 10.5, 0.95, 0.05,
  1e100, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324, 1e-310, 1e-300, 123.456e-10,
  5e-5, 4.99999e-5, 999999.5, 9999999999999.5, 99999999999999.5, 0.1 + 0.2, 1 - 1e-15, 1e21, 1e22,
  6.02214076e23, 1.25, 0.25, 17.14, 17.145, 6.125, 6.135,
}
for _, v in ipairs(specials) do
  print(line(v))
  print(line(-v))
end
print(line(0), line(-0.0), line(1/0), line(-1/0))

-- many values from a deterministic generator, folded into digests per format
local seed = 12345
local function nextrand()
  seed = (seed * 16807) % 2147483647
  return seed
end
local digests = {}
for i = 1, #fmts + 1 do digests[i] = 0 end
local function fold(i, s)
  local h = digests[i]
  for k = 1, #s do h = (h * 31 + string.byte(s, k)) % 1000000007 end
  digests[i] = h
end
for n = 1, 4000 do
  local a, b = nextrand(), nextrand()
  local scale = 10 ^ ((b % 40) - 20)
  local values = { a / 2147483647 * scale, a / 2 ^ (b % 30), (a % 100000) / 100, a * b, a / (b % 1000 + 1), (a % 1000) / 8 }
  for _, v in ipairs(values) do
    fold(#fmts + 1, tostring(v))
    for i, f in ipairs(fmts) do fold(i, string.format(f, v)) end
  end
end
for i, f in ipairs(fmts) do print(f, digests[i]) end
print("tostring", digests[#fmts + 1])
