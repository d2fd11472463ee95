-- a label with double colons in the middle of a block
local i = 1
while i < 3 do
  i = i + 1
end
::finish::
print(i)
