-- error levels and positions around tail calls
local function lvl2(msg) error(msg, 2) end
local function lvl3(msg) error(msg, 3) end

local function plain() lvl2("plain") end          -- not a tail call: blames line 5
local function tail() return lvl2("tail") end     -- tail call: level 2 is gone
local function paren() return (lvl2("paren")) end -- not a tail call
local function viatail() return tail() end
local function level3() lvl3("three") end
local function caller3() level3() end

print(pcall(plain))
print(pcall(tail))
print(pcall(paren))
print(pcall(viatail))
print(pcall(caller3))
print(pcall(level3))

-- a tail call into error itself
local function tail_error() return error("tail error") end
print(pcall(tail_error))
local function tail_error2() return error("tail error 2", 2) end
local function outer() tail_error2() end
print(pcall(outer))
-- error in a tail-called function keeps its own position
local function bad() local x = nil; return x.y end
local function goes_bad() return bad() end
print(pcall(goes_bad))
-- assert keeps its message without position
local function tail_assert() return assert(false, "asserted") end
print(pcall(tail_assert))
print(pcall(function() return assert(nil) end))
print(pcall(function() return assert(1 == 1, "unused") end))
-- level 1 from a method
local obj = {}
function obj:fail(m) error(m) end
function obj:fail2(m) error(m, 2) end
print(pcall(function() obj:fail("method") end))
print(pcall(function() obj:fail2("method2") end))
print(pcall(function() return obj:fail2("method2 tail") end))
