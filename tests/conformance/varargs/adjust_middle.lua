-- A call in the middle of a list is adjusted to exactly one value.
local function mr() return "a", "b", "c" end
local function none() end
print(mr(), mr())
print(mr(), "x")
print("x", mr())
print(none(), mr())
print(mr(), none())
local t = {mr(), mr()}
print(#t, table.concat(t, ""))
t = {mr(), mr(), n = 1}
print(#t)
t = {mr(), nil}
print(#t, t[1])
local x, y, z, w = mr(), mr()
print(x, y, z, w)
x, y = mr(), "only"
print(x, y)
local function va(...) return ... end
print(va(mr(), 1), va(1, mr()))
print(#{va(mr())}, #{va(mr()), 0})
print(string.rep(mr(), 2))
print(math.max(1, 5, 3), math.max(mr() == "a" and 1 or 0, 2))
