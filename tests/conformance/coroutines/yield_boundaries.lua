-- places where 5.1 cannot yield: C functions and metamethods in between
local function attempt(label, body)
  local co = coroutine.create(body)
  local ok, e = coroutine.resume(co)
  print(label, ok, e, coroutine.status(co))
end
attempt("gsub callback", function() return (string.gsub("abc", "%w", function(c) coroutine.yield(c) end)) end)
attempt("sort comparator", function() table.sort({2, 1, 3}, function(a, b) coroutine.yield() return a < b end) end)
attempt("foreach", function() table.foreach({1}, function() coroutine.yield() end) end)
attempt("foreachi", function() table.foreachi({1}, coroutine.yield) end)
attempt("__index fn", function() return setmetatable({}, {__index = function() coroutine.yield() end}).k end)
attempt("__newindex fn", function() setmetatable({}, {__newindex = function() coroutine.yield() end}).k = 1 end)
attempt("__call", function() return setmetatable({}, {__call = function() coroutine.yield("called") return 1 end})() end)
attempt("__eq", function()
  local mt = {__eq = function() coroutine.yield() return true end}
  return setmetatable({}, mt) == setmetatable({}, mt)
end)
attempt("__lt", function()
  local mt = {__lt = function() coroutine.yield() return true end}
  return setmetatable({}, mt) < setmetatable({}, mt)
end)
attempt("__concat", function() return setmetatable({}, {__concat = function() coroutine.yield() end}) .. "x" end)
attempt("__unm", function() return -setmetatable({}, {__unm = function() coroutine.yield() end}) end)
attempt("for-in iterator", function() for _ in function() coroutine.yield() end do end end)
attempt("pcall", function() pcall(coroutine.yield, "through pcall") end)
attempt("xpcall", function() xpcall(function() coroutine.yield() end, print) end)
attempt("tostring", function() tostring(setmetatable({}, {__tostring = function() coroutine.yield() end})) end)
attempt("select", function() return select(1, coroutine.yield("plain call arg")) end)
-- a yield in an argument list of a C function is fine: it runs before the call
attempt("in args", function() return print(coroutine.yield("arg yield")) end)
-- a coroutine resumed from inside a metamethod can itself yield freely
attempt("inner coroutine in mm", function()
  local t = setmetatable({}, {__index = function(_, k)
    local inner = coroutine.wrap(function() coroutine.yield(k .. "!") end)
    return inner()
  end})
  return t.key
end)
-- the pcall-wrapped error inside a coroutine
local co = coroutine.create(function() return pcall(coroutine.yield, 1) end)
print("pcall result", coroutine.resume(co))
