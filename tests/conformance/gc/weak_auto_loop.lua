-- A loop that only allocates garbage sees a weak entry go without calling collectgarbage, as the
-- official closure.lua waits for it.
local function make()
  local x = setmetatable({}, {__mode = "kv"})
  x[1] = {}
  return x
end
local x = make()
local n = 0
while x[1] and n < 5000000 do
  local garbage = n .. "," .. n
  n = n + 1
end
print("cleared without collectgarbage", x[1] == nil)
