-- Calls inside constructors: only the last positional item expands.
local function three() return 1, 2, 3 end
local function none() end
local t = {three()}
print(#t, t[1], t[2], t[3])
t = {three(), three()}
print(#t, t[1], t[2], t[3], t[4])
t = {three(), nil}
print(#t, t[1], t[2])
t = {(three())}
print(#t)
t = {none()}
print(#t)
t = {none(), 5}
print(t[1], t[2])
t = {0, none()}
print(#t)
t = {three(), x = "key"}
print(#t, t.x)
t = {x = three()}
print(t.x, #t)
t = {[three()] = "k"}
print(t[1], t[2])
t = {"a", three()}
print(#t, t[4])
local function many(n)
  local r = {}
  for i = 1, n do r[i] = i end
  return unpack(r)
end
t = {many(300)}
print(#t, t[300])
t = {"head", many(100)}
print(#t, t[101])
