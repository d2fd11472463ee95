-- Error messages carry chunkname:line of the failing operation.
local function try(f, ...) local ok, e = pcall(f, ...); print(e) end
try(function()
  local a = 1
  local b = nil
  return a +
    b
end)
try(function()
  error("explicit")
end)
local function inner() error("from inner", 1) end
local function outer() inner() end
try(outer)
local function blame() error("blamed on caller", 2) end
local function victim()
  blame()
end
try(victim)
local t = {}
function t.method() error("in a table function") end
try(t.method)
try(function() local x = {} x = x.a.b end)
try(function()
  local long = {
    a = 1,
    b = nil .. "x",
  }
end)
-- multi-line call: the position is the line of the call
try(function()
  local f
  f(
    1,
    2
  )
end)
