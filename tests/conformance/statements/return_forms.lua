-- return must end a block; "do return end" returns from the middle.
local function early(x)
  if x then return "early" end
  do return "middle" end
end
print(early(true), early(false))
local function nothing() return end
print(select("#", nothing()))
local function many() return 1, 2, 3 end
print(many())
local function paren() return (many()) end
print(paren())
local function chained(n)
  if n == 1 then return "one"
  elseif n == 2 then return "two" end
  return "other"
end
print(chained(1), chained(2), chained(3))
local function in_loop()
  for i = 1, 10 do
    if i * i > 20 then return i end
  end
  return "none"
end
print(in_loop())
local function while_ret()
  local i = 0
  while true do
    i = i + 1
    if i == 6 then return i, "from while" end
  end
end
print(while_ret())
local function nested_blocks()
  do do do return "deep" end end end
end
print(nested_blocks())
-- main chunk can return too; this only stops nothing since it is at the end
local r = {(function() return 1, 2 end)()}
print(#r)
