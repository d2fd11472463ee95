-- break leaves only the innermost loop; closures in broken loops keep their values
local out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    out[#out + 1] = i .. j
  end
end
print(table.concat(out, " "))
local fns = {}
local k = 0
while true do
  k = k + 1
  local captured = k * 10
  fns[k] = function() return captured end
  if k == 3 then break end
end
print(fns[1](), fns[2](), fns[3]())
local r = 0
repeat
  r = r + 1
  local stop = r >= 4
  if stop then break end
until false
print("repeat broke at", r)
for _, v in ipairs({1, 2, 3, 4}) do
  if v == 3 then break end
  io.write(v, " ")
end
print()
-- break as the last statement of a block followed by more code outside the block
for i = 1, 5 do
  do break end
end
print("after do-break")
local i = 0
while i < 10 do
  i = i + 1
  if i % 2 == 0 then
  else
    if i > 5 then break end
  end
end
print("while stopped at", i)
