-- type() and tostring() for every value kind, without addresses
local samples = {
  {"nil", nil}, {"bool", true}, {"num", 1.5}, {"str", "s"}, {"table", {}},
  {"lua fn", function() end}, {"c fn", print}, {"thread", coroutine.create(function() end)},
  {"file", io.stdout},
}
for i = 1, #samples do
  local label, v = samples[i][1], samples[i][2]
  local s = tostring(v)
  print(label, type(v), (s:gsub("0x%x+", "ADDR"):gsub(": %x+$", ": ADDR")))
end
print(type(type), type(type(nil)), pcall(type))
print(tostring(nil) == "nil", tostring(1e100), tostring(-0.5))
-- newproxy values are userdata in 5.1
local u = newproxy(true)
print(type(u), type(getmetatable(u)), tostring(u):match("^userdata") ~= nil)
getmetatable(u).__tostring = function() return "proxy!" end
print(tostring(u))
local u2 = newproxy(u)
print(tostring(u2), getmetatable(u2) == getmetatable(u))
print(type(newproxy(false)), getmetatable(newproxy()))
