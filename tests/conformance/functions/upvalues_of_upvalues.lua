-- Upvalues reaching through several levels of nesting.
local function level1()
  local a = 1
  return function()
    local b = 10
    return function()
      local c = 100
      return function()
        a = a + 1
        b = b + 1
        c = c + 1
        return a + b + c
      end
    end
  end
end
local l2 = level1()
local l3 = l2()
local l4 = l3()
print(l4(), l4())
local l4b = l3()
print(l4b(), l4())
local l3b = l2()
local l4c = l3b()
print(l4c())
-- middle function does not use the variable itself, only passes it down
local function outer()
  local secret = "s"
  local function middle()
    return function() secret = secret .. "!"; return secret end
  end
  return middle, function() return secret end
end
local middle, peek = outer()
local f = middle()
f(); f()
print(peek())
local g = middle()
print(g(), peek())
