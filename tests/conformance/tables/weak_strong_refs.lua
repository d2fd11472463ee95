-- weak tables behave like ordinary tables while their contents are still referenced
local keep = {}
for i = 1, 5 do keep[i] = {id = i} end
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local wkv = setmetatable({}, {__mode = "kv"})
for i, obj in ipairs(keep) do
  wk[obj] = i
  wv[i] = obj
  wkv[obj] = obj
end
collectgarbage("collect")
local function count(t) local n = 0; for _ in pairs(t) do n = n + 1 end return n end
print("after collect", count(wk), count(wv), count(wkv))
print("lookups", wk[keep[3]], wv[2].id, wkv[keep[5]] == keep[5], #wv)
-- strings, numbers and booleans are values, never removed from weak tables
local ws = setmetatable({}, {__mode = "kv"})
ws.name = "value"
ws[1] = 2
ws[true] = false
ws[3.5] = "three and a half"
ws["built" .. 1] = ("x"):rep(3)
collectgarbage("collect")
print("values stay", ws.name, ws[1], ws[true], ws[3.5], ws.built1, count(ws))
-- the mode string is read from the metatable; other letters are ignored
local odd = setmetatable({}, {__mode = "zz"})
odd[{}] = 1
print("odd mode", getmetatable(odd).__mode, count(odd))
-- a weak table's metatable can carry other metamethods too
local cache = setmetatable({}, {__mode = "v", __index = function(t, k)
  local v = {k = k}
  rawset(t, k, v)
  return v
end})
local a1 = cache.alpha
local a2 = cache.alpha
print("memo", a1 == a2, a1.k)
-- removing the strong reference by hand leaves the entry until a collection; we only
-- check the entry that is still strongly held
keep[1] = nil
print("held", wk[keep[2]], wv[2] == keep[2])
print(collectgarbage("count") > 0, type(gcinfo()))
