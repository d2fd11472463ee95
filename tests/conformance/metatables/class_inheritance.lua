-- prototype classes: constructors, overrides, super calls, tostring, instanceof
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  return setmetatable({name = name, sound = sound or "..."}, Animal)
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
Animal.__tostring = function(a) return "Animal(" .. a.name .. ")" end

local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
Dog.__tostring = Animal.__tostring
function Dog.new(name)
  local d = Animal.new(name, "woof")
  return setmetatable(d, Dog)
end
function Dog:kind() return "dog, a kind of " .. Animal.kind(self) end
function Dog:fetch() return self.name .. " fetches" end

local a, d = Animal.new("cat", "meow"), Dog.new("rex")
print(a:speak(), a:kind(), tostring(a))
print(d:speak(), d:kind(), d:fetch(), tostring(d))
print(pcall(function() return a:fetch() end))
local function isinstance(o, class)
  local mt = getmetatable(o)
  while mt do
    if mt == class then return true end
    local parent = getmetatable(mt)
    mt = parent and parent.__index
  end
  return false
end
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(a, Dog))
-- instance fields shadow class fields; removing them uncovers the class value
Animal.legs = 4
print(d.legs)
d.legs = 3
print(d.legs, rawget(d, "legs"))
d.legs = nil
print(d.legs)
-- methods added to the base class later are seen by subclasses
function Animal:describe() return self.name .. " with " .. self.legs .. " legs" end
print(d:describe())
-- class-level counters through a closure
local count = 0
local Counted = setmetatable({}, {__call = function(cls, ...) count = count + 1; return setmetatable({...}, cls) end})
Counted.__index = Counted
local c1, c2 = Counted(1), Counted(2, 3)
print(count, #c1, #c2, getmetatable(c2) == Counted)
