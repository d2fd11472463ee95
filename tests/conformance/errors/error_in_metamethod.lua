-- Errors raised inside metamethods and iterators carry their own positions.
local function try(f) local ok, e = pcall(f); print(e) end
local mt = {
  __add = function(a, b) error("add failed") end,
  __index = function(t, k) return nil + 1 end,
  __call = function(self, x) return x.field end,
  __concat = function(a, b) error({tag = "table error"}) end,
  __lt = function(a, b) local z; return z < 1 end,
}
local obj = setmetatable({}, mt)
try(function() return obj + 1 end)
try(function() return obj.anything end)
try(function() return obj(nil) end)
local ok, e = pcall(function() return obj .. "x" end)
print(ok, type(e), e.tag)
try(function() return obj < obj end)
local function iter() error("iterator failed") end
try(function() for x in iter do end end)
local function gen() return function() local t; return t.k end end
try(function() for x in gen() do end end)
try(function() table.sort({3, 2, 1}, function(a, b) error("cmp failed") end) end)
try(function() return ("x"):gsub("x", function() error("gsub cb failed") end) end)
