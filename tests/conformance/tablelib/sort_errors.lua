-- table.sort errors: comparison errors, invalid order function, bad arguments
print(pcall(table.sort, {3, "a", 1}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, nil, 3}))
print(pcall(function() table.sort({3, 2, 1, 5, 4, 7, 6}, function(a, b) return true end) end))
print(pcall(table.sort, {1, 2, 3}, 5))
print(pcall(table.sort, "abc"))
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp failed") end))
local okc, e = pcall(table.sort, {3, 2, 1}, function(a, b) error({code = 7}) end)
print(okc, type(e), e.code)
local n = 0
local ok = pcall(table.sort, {5, 4, 3, 2, 1, 0}, function(a, b)
  n = n + 1
  if n == 4 then error("stop") end
  return a < b
end)
print(ok, n)
local t = {9, 8, 7, 6, 5, 4, 3, 2, 1}
local ok2, msg = pcall(table.sort, t, function(a, b) return a.x < b end)
print(ok2, msg)
local always = {}
for i = 1, 20 do always[i] = i % 3 end
print(pcall(table.sort, always, function() return true end))
print(pcall(table.sort, {1, 2}, function(a, b) return nil end))
local ret = {pcall(table.sort, {2, 1})}
print(#ret, ret[1])
