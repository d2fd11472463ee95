-- Parentheses truncate a call to exactly one value.
local function three() return 1, 2, 3 end
local function none() end
print(three())
print((three()))
print((none()))
print(select("#", (none())))
local function wrap() return (three()) end
print(wrap())
local function pass() return three() end
print(pass())
local t = {(three())}
print(#t)
local a, b = (three())
print(a, b)
print((three()), three())
print(three(), (three()))
local function tostr(...) return select("#", ...) end
print(tostr(three()), tostr((three())), tostr(none()), tostr((none())))
-- string returned by a call inside parentheses
local s = ("abc"):upper()
print((s:gsub("B", "b")))
print(s:gsub("B", "b"))
