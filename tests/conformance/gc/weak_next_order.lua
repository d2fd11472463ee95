-- Clearing a weak table leaves the survivors where they were: pairs order after a collection is
-- the order they had before, and a traversal can continue across a collection.
local keep = {}
local t = setmetatable({}, {__mode = "k"})
local function fill()
  for i = 1, 20 do
    local k = {}
    if i % 3 == 0 then keep[#keep + 1] = k end
    t[k] = i
  end
  for i = 1, 6 do t["s" .. i] = i end
end
fill()
local before = {}
for k, v in pairs(t) do
  if type(k) == "string" or v % 3 == 0 then before[#before + 1] = v end
end
collectgarbage()
local after = {}
for k, v in pairs(t) do after[#after + 1] = v end
print(#before, #after, table.concat(before, ",") == table.concat(after, ","))

-- Collecting in the middle of a traversal.
local seen = 0
for k, v in pairs(t) do
  seen = seen + 1
  if seen == 3 then collectgarbage() end
end
print("seen", seen)

-- New keys reuse cleared nodes exactly as 5.1 does: the order shows it.
local u = setmetatable({}, {__mode = "v"})
local hold = {}
local function fill2()
  for i = 1, 8 do
    local v = {}
    if i % 2 == 0 then hold[i] = v end
    u["k" .. i] = v
  end
end
fill2()
collectgarbage()
for i = 9, 12 do u["k" .. i] = i end
local order = {}
for k in pairs(u) do order[#order + 1] = k end
print(table.concat(order, " "))
print(#keep, #hold)
