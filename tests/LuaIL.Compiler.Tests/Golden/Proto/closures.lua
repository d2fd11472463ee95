-- captured locals become cells; fresh per iteration in loops
local fns = {}
for i = 1, 3 do
  local j = i * 2
  fns[i] = function() return i + j end
end
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
return fns, counter
