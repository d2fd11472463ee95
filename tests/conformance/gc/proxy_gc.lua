-- __gc of userdata made by newproxy: called once, for unreachable proxies at a collection (the
-- newest first) and for the remaining ones when the state closes; weak tables keep a finalized
-- key for one more cycle but lose it as a value.
local log = {}
local function make(n, tag)
  local base = newproxy(true)
  local mt = getmetatable(base)
  mt.__gc = function(o) log[#log + 1] = tag .. mt.names[o] end
  mt.names = setmetatable({[base] = 0}, {__mode = "k"})
  local all = {base}
  for i = 1, n do
    local p = newproxy(base)
    mt.names[p] = i
    all[#all + 1] = p
  end
  return all, mt
end

local function drop(all, keep) for i = #all, keep + 1, -1 do all[i] = nil end end

local all, mt = make(5, "a")
drop(all, 3)         -- proxies 3, 4 and 5 become garbage
collectgarbage()
print(table.concat(log, " "))
log = {}
collectgarbage()
print("again", #log)

-- The order of several unreachable proxies, and weak tables around them.
local w = setmetatable({}, {__mode = "k"})
local v = setmetatable({}, {__mode = "v"})
local function fill()
  local u = newproxy(true)
  local count = 0
  getmetatable(u).__gc = function(o)
    count = count + 1
    log[#log + 1] = "key kept:" .. tostring(w[o] ~= nil) .. " value kept:" .. tostring(v[1] ~= nil)
  end
  w[u] = true
  v[1] = u
  return function() return count end
end
log = {}
local count = fill()
collectgarbage()
print(table.concat(log, " "), count())
collectgarbage()
print("finalized key gone", next(w), count())

-- __gc set after newproxy, __gc that is not a function, and a proxy without a metatable.
local function odd()
  local late = newproxy(true)
  local other = newproxy(true)
  getmetatable(other).__gc = "not a function"
  local plain = newproxy()
  getmetatable(late).__gc = function() print("late __gc") end
end
odd()
print(pcall(collectgarbage))

-- An error in __gc leaves collectgarbage.
local function bad()
  local u = newproxy(true)
  getmetatable(u).__gc = function() error("in __gc") end
end
bad()
print(pcall(collectgarbage))

-- Proxies still alive at the end are finalized when the state closes, newest first.
keep1 = newproxy(true)
getmetatable(keep1).__gc = function() print("closing 1") end
keep2 = newproxy(keep1)
getmetatable(keep1).__gc = function(o) print("closing", o == keep1 and 1 or 2) end
local errs = newproxy(true)
getmetatable(errs).__gc = function() error("ignored at close") end
keep3 = errs
print("end of script", #all)
