-- "attempt to index" and "attempt to call" messages for chains and upvalues
local function msg(f) local ok, e = pcall(f); print(e) end
local cfg = {db = {}}
local nothing
msg(function() return cfg.db.host.name end)
msg(function() return cfg.web.port end)
msg(function() return nothing.x end)
msg(function() return nothing[1] end)
msg(function() nothing.x = 1 end)
msg(function() return cfg.db.connect() end)
msg(function() return cfg.db:connect() end)
msg(function() return cfg["d" .. "b"].x.y end)
msg(function() return (cfg.none or nothing).x end)
msg(function() return undefined_table.key end)
msg(function() return string.missing("x") end)
msg(function() return ("str").missing.x end)
msg(function() return (1).x end)
msg(function() local flag = true; return flag.x end)
msg(function() local f = 5; return f.x end)
msg(function() return cfg.db[nil] end)
msg(function() cfg.db[nil] = 1 end)
msg(function() cfg.db[0/0] = 1 end)
msg(function() return #cfg.db.list end)
msg(function() local a = {b = {}}; return a.b.c.d end)
