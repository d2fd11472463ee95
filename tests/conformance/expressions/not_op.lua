-- not always returns a boolean.
print(not nil, not false, not true)
print(not 0, not "", not {}, not print)
print(not not nil, not not 1, not not false)
print(not 1 == nil, not (1 == nil))
print(type(not 5))
local x
print(not x, not x and 1 or 2)
local y = false
if not y then print("not false is true") end
while not y do y = true; print("loop once") end
print(not (nil and 1), not (nil or 1))
print(not nil == true)
