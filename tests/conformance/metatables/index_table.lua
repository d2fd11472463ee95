-- __index as a table, and chains of __index tables.
local base = {greet = "hello", shared = "base"}
local mid = setmetatable({shared = "mid", only_mid = true}, {__index = base})
local obj = setmetatable({own = 1}, {__index = mid})
print(obj.own, obj.shared, obj.greet, obj.only_mid, obj.nothing)
print(rawget(obj, "greet"))
obj.greet = "overridden"
print(obj.greet, base.greet)
obj.greet = nil
print(obj.greet)
base.added_later = "late"
print(obj.added_later)
-- numeric keys go through __index too
local defaults = setmetatable({}, {__index = {10, 20, 30}})
print(defaults[1], defaults[3], defaults[4], #defaults)
-- __index is only consulted for absent keys, not for keys holding false
local f = setmetatable({flag = false}, {__index = {flag = true}})
print(f.flag)
-- a long chain
local chain = {depth = 0}
for i = 1, 50 do chain = setmetatable({}, {__index = chain}) end
print(chain.depth)
-- class-like use
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
local p = Point.new(3, 4)
print(p:len2(), p.len2 == Point.len2, getmetatable(p) == Point)
