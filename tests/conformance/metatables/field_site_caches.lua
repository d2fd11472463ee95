-- Field reads and stores at one site over tables of different layouts, inherited methods,
-- fields that become nil, __index/__newindex added and removed later, and rehashes in between.
local function class(parent)
  local c = setmetatable({}, parent and { __index = parent } or nil)
  c.__index = c
  return c
end

local Base = class()
function Base:name() return "base" end
function Base:get() return self.v end
local Derived = class(Base)
function Derived:name() return "derived" end

local objs = {}
for i = 1, 6 do
  local o
  if i % 3 == 0 then o = setmetatable({ v = i, a = 1, b = 2, c = 3, d = 4 }, Derived)
  elseif i % 3 == 1 then o = setmetatable({ z = 0, v = i }, Base)
  else o = { v = i, name = function() return "plain" end } end
  objs[i] = o
end

local function visit(o) return o:name(), o.v, o.missing end
for round = 1, 3 do
  for i, o in ipairs(objs) do print(round, i, visit(o)) end
end

-- a field cached by a site, then removed, then provided by the class
local o = setmetatable({ v = 1, name = function() return "own" end }, Base)
for i = 1, 3 do
  print("own", o:name(), o.v)
  if i == 1 then o.name = nil end
  if i == 2 then Base.name = function() return "replaced" end end
end

-- stores through one site: existing fields, new fields, nil values, __newindex
local log = {}
local Guard = { __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end }
local function setx(t, v) t.x = v end
local g = setmetatable({}, Guard)
setx(g, 1); setx(g, 2); setx(g, nil); setx(g, 3)
print("guard", g.x, table.concat(log, " "))
local p = { x = 0 }
for i = 1, 5 do setx(p, i) end
print("plain", p.x)
-- the field grows the table through a rehash between two stores of the same site
local grow = { x = 0 }
for i = 1, 40 do setx(grow, i); grow["k" .. i] = i end
print("grow", grow.x, grow.k40)

-- a metatable gains __index after a site has seen the table without one
local late = { a = 1 }
local function geta(t) return t.a, t.b end
print("late", geta(late))
setmetatable(late, { __index = { b = "inherited" } })
print("late", geta(late))
late.b = "own"
print("late", geta(late))

-- more field and global sites in one chunk (four a line) than a class may have fields
local parts = { "local t = { f = 1 } local s = 0" }
for i = 1, 17000 do parts[#parts + 1] = "s = s + t.f + (tonumber and 0 or 1) t.f = t.f + 1" end
parts[#parts + 1] = "return s, t.f"
local f = assert(loadstring(table.concat(parts, "\n")))
print("sites", f())
