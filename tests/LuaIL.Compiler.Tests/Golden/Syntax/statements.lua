#!/usr/bin/env lua
local x, y = 1
local function fact(n)
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
function M.sub.method(self2, a)
end
function M.sub:method2(a, ...)
  return self, a, ...
end
x, y, t.z, t[1] = y, x
print(x); obj:call "str"
do local z = 1 end
while x < 10 do x = x + 1 if x == 5 then break end end
repeat local done = true until done
if a then b() elseif c then d() elseif e then f() else g() end
for i = 10, 1, -1 do print(i) end
for k, v in pairs(t) do print(k, v) end
goto = 1
return x, y;
