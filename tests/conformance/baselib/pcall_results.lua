-- pcall returns true plus all results, or false plus the error value.
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() end)))
print(select("#", pcall(function() return nil, nil end)))
print(pcall(function(...) return select("#", ...), ... end, "a", nil, "c"))
print(pcall(math.floor, 3.7))
print(pcall(string.rep, "ab", 3))
print(pcall(pcall, error, "nested"))
print(pcall(pcall))
print(pcall(nil))
print(pcall({}))
print(pcall(42))
local ok, err = pcall(function() local x = nil; return x.field end)
print(ok, err)
-- state changes before the error remain
local counter = 0
pcall(function() counter = counter + 1; error("stop"); counter = counter + 10 end)
print("counter", counter)
-- nested pcall: the inner one catches, the outer sees success
print(pcall(function()
  local ok1, e1 = pcall(error, "inner")
  return "outer ok", ok1, e1
end))
-- error values of any type pass through unchanged
for _, v in ipairs({1, "s", true}) do
  local o, e = pcall(error, v)
  print(type(e), e)
end
local function thrower(n) if n == 0 then error("bottom") end thrower(n - 1) end
print(pcall(thrower, 50))
