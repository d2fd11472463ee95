-- Newlines inside long strings and the one skipped after the opening bracket.
local function show(s)
  return (s:gsub("\n", "\\n"))
end
print(show([[
]]))
print(#[[
]])
print(show([[

]]))
print(show([==[
line1
line2
]==]))
print(show([[x
]]))
local lines = 0
for _ in ([[
a
b
c
]]):gmatch("\n") do lines = lines + 1 end
print("newlines", lines)
print(show([=[  
  indented]=]))
