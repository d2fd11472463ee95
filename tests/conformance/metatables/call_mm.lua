-- __call makes a table callable; the table is the first argument.
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(callable(1, 2))
print(callable())
print(pcall(callable, "via pcall"))
local Class = setmetatable({}, {__call = function(cls, v) return setmetatable({v = v}, {__index = cls}) end})
function Class:get() return self.v end
local inst = Class(99)
print(inst:get())
-- results of __call expand like a normal call
local multi = setmetatable({}, {__call = function() return 1, 2, 3 end})
print(multi())
print((multi()))
local t = {multi()}
print(#t)
-- __call is not chained: a __call value that is itself a callable table does not work
local inner = setmetatable({}, {__call = function() return "inner" end})
local outer = setmetatable({}, {__call = inner})
print(pcall(outer))
-- methods stored in a callable table still work
local both = setmetatable({m = function(self) return "method" end}, {__call = function() return "called" end})
print(both(), both:m())
-- __call in a tail call position
local function tc() return callable("tail") end
print(tc())
