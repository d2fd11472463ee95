local function a()
  local t = {}
  return t.x.y
end
local function b() return a() + 1 end
return b()
