-- os.date with '!' (UTC) on fixed timestamps: every conversion glibc knows, and *t tables
local t = 1700000000
local specs = {"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I", "j",
  "k", "l", "m", "M", "p", "P", "r", "R", "s", "S", "T", "u", "U", "V", "w", "W", "x", "X",
  "y", "Y", "z", "Z", "%"}
for _, c in ipairs(specs) do
  io.write(c, "=[", os.date("!%" .. c, t), "] ")
end
print()
print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%c", 86399.9))
print(os.date("!%c", -1))
print(os.date("!%c", -1e12))
print(os.date("!%Y", 2^60))
print(os.date("!%E|%O|%q|%_d|%5d|%Ec|%1|%", t))
print(os.date("!literal only", t), os.date("", t), os.date("!", t))
print(os.date("!%H", "3600"))
local d = os.date("!*t", t)
for _, k in ipairs({"year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst"}) do
  io.write(k, "=", tostring(d[k]), " ")
end
print()
for _, ts in ipairs({951782400, 1078012800, 1609459199, 1609459200, 4102444800}) do
  print(ts, os.date("!%a %d %b %Y %j %U %W %V %G %g %u %w", ts))
end
for _, y in ipairs({1, 99, 999, 0, -5, -150, 12345}) do
  local ts = os.time({year = y, month = 7, day = 4, hour = 15})
  print(y, os.date("!%Y|%C|%y|%G|%g|%D|%F", ts))
end
print(pcall(os.date, "%c", "x"))
print(pcall(os.date, {}))
