-- "attempt to compare" messages keep operand order and name both types
local function msg(f) local ok, e = pcall(f); print(e) end
local t, n, s, b = {}, 1, "s", true
msg(function() return t < n end)
msg(function() return n < t end)
msg(function() return n <= s end)
msg(function() return s >= n end)
msg(function() return b > n end)
msg(function() return nil < n end)
msg(function() return n < nil end)
msg(function() return t < t end)
msg(function() return print < print end)
msg(function() return b <= b end)
msg(function() return coroutine.create(print ~= nil and function() end) < 1 end)
-- > and >= swap the operands before comparing
msg(function() return t > n end)
msg(function() return n >= t end)
-- through table.sort and math.max
msg(function() table.sort({1, "x"}) end)
msg(function() return math.max(1, nil) end)
-- equality never errors
print(t == n, s == n, b == nil, nil == false)
