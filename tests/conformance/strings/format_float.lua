-- string.format floating conversions: %e %E %f %g %G, C rounding (ties to even on the exact value)
local fmts = {"%f", "%.0f", "%.1f", "%.2f", "%10.3f", "%-10.3f|", "%010.3f", "%+f", "% f", "%#.0f",
  "%e", "%.0e", "%.3e", "%E", "%#.0e", "%12.4e", "%g", "%.0g", "%.3g", "%#g", "%#.3g", "%G", "%10g|", "%-10g|", "%+g"}
local vals = {0, 1, -1, 0.5, 1.5, 2.5, 0.125, 0.375, 1/3, 2/3, 123456.789, 1e-5, 1e-4, 1e15, 1e16, 1e100, 123456789, 5e-324, 99.95}
for _, f in ipairs(fmts) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
local z = 0
print(string.format("%f %e %g", -z, -z, -z))
local nan, inf = 0/0, 1/0
print(string.format("%f %f %e %g %E %G", inf, -inf, nan, -nan, inf, nan))
print(string.format("[%10f] [%-10f] [%010f] [%+f] [% f]", inf, -inf, inf, inf, -nan))
print(string.format("%.20f", 0.1))
print(string.format("%.30e", 1/3))
print(string.format("%.17g %.17g %.16g", 0.1, 2/3, 1e23))
print(string.format("%.3f %.3f %.3f %.3f", 1.0005, 1.0015, 2.0025, 1.2345))
print(string.format("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -2.5))
print(string.format("%.1f %.1f %.1f", 0.25, 0.35, 0.45))
print(string.format("%g %g %g %g %g", 100000, 1000000, 1e-4, 1e-5, 123456789012))
print(string.format("%.14g %.14g", 2^53, 0.1 + 0.2))
print(string.format("%99.2f", 1):len(), string.format("%.99f", 1):len(), string.format("%.99e", 1e300):len())
print(string.format("%5.1f|%-8.2e|%08.3g", 3.14159, 31415.9, 0.000123456))
print(string.format("%f", "1e2"), string.format("%g", " 0x1p4 "))
