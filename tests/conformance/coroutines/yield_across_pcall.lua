-- 5.1: pcall and xpcall are C boundaries; the usual workaround resumes a coroutine inside
local function try(label, body)
  local co = coroutine.create(body)
  print(label, coroutine.resume(co))
  print(label .. " status", coroutine.status(co))
end
try("pcall(yield)", function() return pcall(coroutine.yield, "v") end)
try("pcall(fn yields)", function() return pcall(function() coroutine.yield("w") end) end)
try("xpcall", function() return xpcall(function() coroutine.yield("x") end, function(m) return "handled: " .. m end) end)
try("nested pcall", function() return pcall(pcall, coroutine.yield, "y") end)
try("error after catch", function()
  local ok, e = pcall(coroutine.yield)
  coroutine.yield("still alive", ok)
  return e
end)
-- a protected call that does not yield, followed by a yield outside it
local co = coroutine.create(function()
  local ok, v = pcall(function() return "computed" end)
  local got = coroutine.yield(ok, v)
  local ok2, e2 = pcall(error, "after resume: " .. tostring(got))
  return ok2, e2
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "input"))
-- a coroutine-based pcall replacement that can yield
local function copcall(f, ...)
  local inner = coroutine.create(f)
  local args = {...}
  while true do
    local res = {coroutine.resume(inner, unpack(args))}
    if not res[1] then return false, res[2] end
    if coroutine.status(inner) == "dead" then return true, unpack(res, 2) end
    args = {coroutine.yield(unpack(res, 2))}
  end
end
local outer = coroutine.wrap(function()
  return copcall(function(a)
    local b = coroutine.yield("inner yielded " .. a)
    error("failed with " .. b, 0)
  end, "A")
end)
print(outer())
print(outer("B"))
