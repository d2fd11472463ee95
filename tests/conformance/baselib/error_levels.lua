-- error with levels 0, 1, 2 and non-string error values.
local function lvl1() error("at level 1") end
local function lvl0() error("no position", 0) end
local function lvl2() error("blame the caller", 2) end
local function caller() lvl2() end
print(pcall(lvl1))
print(pcall(lvl0))
print(pcall(caller))
local function default_lvl() error("default") end
print(pcall(default_lvl))
print(pcall(error, "direct from pcall"))
print(pcall(error, "direct level 2", 2))
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(error, 42.5, 1))
-- a number is "a string" to error: inside a Lua function it gets a position and becomes a string
local okn, en = pcall(function() error(42) end)
print(okn, en, type(en))
okn, en = pcall(function() error(42, 0) end)
print(okn, en, type(en))
okn, en = pcall(error, 42)
print(okn, en, type(en))
print(pcall(error, true))
local tbl = {code = 7}
local ok, e = pcall(error, tbl)
print(ok, e == tbl, e.code)
local ok2, e2 = pcall(function() error({msg = "table error"}) end)
print(ok2, type(e2), e2.msg)
local function deep() local function inner() error("three up", 3) end inner() end
local function top() deep() end
print(pcall(top))
print(select("#", pcall(error)))
local ok3, e3 = pcall(function() error("x\ny") end)
print(e3)
print(pcall(function() error(setmetatable({}, {__tostring = function() return "meta" end})) end))
