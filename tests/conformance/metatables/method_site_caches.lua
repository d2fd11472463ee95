-- Method calls obj:m() through one call site over objects whose class, layout and metatable vary:
-- polymorphic classes, deep and function __index chains, methods shadowed or removed in the object,
-- class tables that are rehashed or edited, objects with so many fields that any name may be present.
local function class(parent)
  local c = setmetatable({}, parent and { __index = parent } or nil)
  c.__index = c
  return c
end

local A = class()
function A:who() return "A" end
function A:get() return self.v end
local B = class(A)
function B:who() return "B" end
local C = class(B)
local D = class(C)
local E = class(D)
local F = class(E)            -- six levels: get() is found past the short-chain path

local function call(o) return o:who(), o:get() end
local objs = {
  setmetatable({ v = 1 }, A), setmetatable({ v = 2 }, B), setmetatable({ v = 3 }, C),
  setmetatable({ v = 4 }, F), setmetatable({ v = 5, who = function() return "own" end }, A),
}
for round = 1, 3 do
  for i, o in ipairs(objs) do print(round, i, call(o)) end
end

-- an object full of fields: its key filter says "maybe" for every name
local big = setmetatable({}, A)
for i = 1, 200 do big["f" .. i] = i end
big.v = "big"
for _ = 1, 3 do print("big", call(big)) end

-- the object's own method, then removed (its key stays with a nil value), then the class edited
local o = setmetatable({ v = 0, who = function() return "mine" end }, B)
for i = 1, 4 do
  print("edit", call(o))
  if i == 1 then o.who = nil end
  if i == 2 then B.who = function() return "B2" end end
  if i == 3 then B.who = nil end
end

-- the class table rehashed between calls (its nodes move)
local G = class()
function G:m() return "g" end
local g = setmetatable({}, G)
for i = 1, 40 do
  G["extra" .. i] = i
  if i % 10 == 0 then print("rehash", i, g:m()) end
end

-- metatable swapped, __index a function, __index a table with its own __index function
local H = setmetatable({}, { __index = function(_, k) return function() return "fn:" .. k end end })
local s = setmetatable({}, A)
for i = 1, 4 do
  print("swap", i, s:who())
  if i == 1 then setmetatable(s, { __index = function(_, k) return function() return "handler " .. k end end }) end
  if i == 2 then setmetatable(s, { __index = H }) end
  if i == 3 then setmetatable(s, nil) ; s.who = function() return "raw" end end
end

-- strings have methods through their metatable; other values fail with 5.1's messages
local str = "abc"
print(str:upper(), ("x"):rep(3))
print(pcall(function() local n = 5; return n:foo() end))
print(pcall(function() return objs[1]:nothing() end))
print(pcall(function() local t = {}; return t:nothing() end))
print(pcall(function() return setmetatable({}, { __index = 42 }):m() end))
