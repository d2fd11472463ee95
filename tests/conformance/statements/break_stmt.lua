-- break exits the innermost loop only.
local out = {}
for i = 1, 10 do
  if i > 3 then break end
  out[#out + 1] = i
end
print("for", table.concat(out, ","))
local w = 0
while true do
  w = w + 1
  if w == 7 then break end
end
print("while true", w)
local r = 0
repeat
  r = r + 1
  if r == 4 then break end
until false
print("repeat", r)
local pairs_found = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    pairs_found[#pairs_found + 1] = i .. j
  end
end
print("nested", table.concat(pairs_found, " "))
for k, v in ipairs({"a", "b", "stop", "c"}) do
  if v == "stop" then print("stopped at", k) break end
end
-- break inside a do block inside a loop
local d = 0
for i = 1, 5 do
  do
    d = i
    if i == 2 then break end
  end
end
print("do-block break", d)
-- closures created before break keep their values
local f
for i = 1, 10 do
  local captured = i * 2
  f = function() return captured end
  if i == 3 then break end
end
print("closure after break", f())
