-- 5.1 cannot yield across pcall, metamethods, iterators of for-in, or C callbacks
local function try(name, f)
  local co = coroutine.create(f)
  print(name, coroutine.resume(co))
end
try("pcall", function() return pcall(coroutine.yield, 1) end)
try("pcall-lua", function() return pcall(function() coroutine.yield(1) end) end)
try("metamethod", function()
  local t = setmetatable({}, {__index = function() return coroutine.yield(2) end})
  return t.x
end)
try("arith mm", function()
  local t = setmetatable({}, {__add = function() coroutine.yield(3) end})
  return t + 1
end)
try("iterator", function()
  for k in function() return coroutine.yield(4) end do end
end)
try("sort", function() table.sort({3, 2, 1}, function(a, b) coroutine.yield(5) return a < b end) end)
try("tostring", function() return tostring(setmetatable({}, {__tostring = function() coroutine.yield(6) end})) end)
print("main", pcall(coroutine.yield, 1))
-- a pcall inside a coroutine that does not yield is fine
try("pcall ok", function() local ok, v = pcall(function() return "fine" end) coroutine.yield(ok, v) return "end" end)
