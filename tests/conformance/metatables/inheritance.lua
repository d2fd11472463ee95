-- Class hierarchies built from metatables.
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name, self.sound = name, sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog" end
function Dog:fetch() return self.name .. " fetches" end
local Puppy = setmetatable({}, {__index = Dog})
Puppy.__index = Puppy
function Puppy.new(name) return setmetatable(Dog.new(name), Puppy) end
function Puppy:kind() return "puppy, a kind of " .. Dog.kind(self) end
local a, d, p = Animal.new("cat", "meow"), Dog.new("rex"), Puppy.new("bit")
print(a:speak(), a:kind())
print(d:speak(), d:kind(), d:fetch())
print(p:speak(), p:kind(), p:fetch())
print(pcall(function() return a:fetch() end))
print(getmetatable(p) == Puppy, getmetatable(Puppy).__index == Dog)
local function isa(obj, class)
  local m = getmetatable(obj)
  while m do
    if m == class then return true end
    local parent = getmetatable(m)
    m = parent and parent.__index
  end
  return false
end
print(isa(p, Dog), isa(p, Animal), isa(d, Puppy), isa(a, Dog))
