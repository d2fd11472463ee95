-- os.date in UTC at fixed instants: years, leap days, epoch edges, *t and !*t
local day = 86400
local function show(label, t) print(label, os.date("!%Y-%m-%d %H:%M:%S", t)) end
show("1 year", day * 365)
show("leap 1972-02-29", day * (365 * 2 + 31 + 28))
show("1972-03-01", day * (365 * 2 + 31 + 29))
show("y2k", 946684800)
show("y2k-1", 946684799)
show("2000-02-29", 946684800 + day * 59)
show("2038 edge", 2147483647)
show("2038+1", 2147483648)
show("fractional", 12.75)
show("negative", -day)
show("1900", -2208988800)
local t = os.date("!*t", day * 365 + 3661)
print("fields", t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
local n = 0
for _ in pairs(t) do n = n + 1 end
print("field count", n)
print("weekday names", os.date("!%A %a", 0), os.date("!%A %a", day * 3))
print("month names", os.date("!%B %b", day * 40), os.date("!%B %b", day * 340))
print("12h", os.date("!%I %p", 0), os.date("!%I %p", 13 * 3600), os.date("!%l|%k", 5 * 3600))
print("day of year", os.date("!%j", day * 365 - 1), os.date("!%j", 946684800 + day * 365))
print("percent", os.date("!100%% at %H", 7200))
print("embedded text", os.date("![%d/%m/%y]", 1234567890))
print("repeat spec", os.date("!%Y%Y%Y", 0))
print("time of *t", os.time({year = 2000, month = 1, day = 1, hour = 12}) ~= nil)
print("difftime", os.difftime(day, 0), os.difftime(0, day), os.difftime(5))
