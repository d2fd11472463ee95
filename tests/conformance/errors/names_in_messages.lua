-- Variable names reported for upvalues, methods, fields and globals in one place.
local cfg = nil
local M = {}
function M.read() return cfg.value end
function M:run() return self.handler() end
function M.count() return M.items.n + 1 end
local function try(f, ...) local ok, e = pcall(f, ...); print(e) end
try(M.read)
try(function() return M:run() end)
try(M.count)
try(function() return M:missing_method() end)
try(function() return M.sub.deeper end)
try(function() missing_global_table.x = 1 end)
try(function() return M.read.x end)
try(function() local s = "str"; return s:nonexistent() end)
try(function() local a = {b = {}}; return a.b.c:d() end)
try(function() return string.upper.x end)
try(function() return _G.nope() end)
try(function() return _G["nope"].x end)
-- after reassignment the message uses the current name
local alias = M
try(function() return alias.gone() end)
