-- Each loop iteration creates a new variable; closures capture that one.
local fs = {}
for i = 1, 5 do fs[#fs + 1] = function() return i end end
local out = {}
for _, f in ipairs(fs) do out[#out + 1] = f() end
print("numeric for", table.concat(out, " "))
fs = {}
local j = 1
while j <= 3 do
  local k = j
  fs[j] = function() k = k + 10; return k end
  j = j + 1
end
print("while body locals", fs[1](), fs[1](), fs[2](), fs[3]())
fs = {}
local shared = 0
for i = 1, 3 do fs[i] = function() shared = shared + i; return shared end end
print("shared outer", fs[1](), fs[2](), fs[3](), shared)
fs = {}
for _, name in ipairs({"x", "y"}) do
  local count = 0
  fs[name] = function() count = count + 1; return name .. count end
end
print(fs.x(), fs.x(), fs.y(), fs.x())
-- a closure created in a loop that the loop later modifies
fs = {}
for i = 1, 3 do
  local v = i
  fs[i] = function() return v end
  v = v * 100
end
print("modified after capture", fs[1](), fs[2](), fs[3]())
