-- values thrown by error travel unchanged (except string positions)
local function catch(...)
  local r = {pcall(...)}
  local out = {}
  for i = 1, select("#", unpack(r)) do out[#out + 1] = type(r[i]) .. ":" .. tostring(r[i]) end
  return table.concat(out, " ")
end
print(catch(error, "s"))
print(catch(error, 3))
print(catch(error, false))
print(catch(error, nil))
print(catch(function() error("s", 1) end))
print(catch(function() error("s", 0) end))
print(catch(function() error(12) end))
print(catch(function() error(12, 0) end))
print(catch(function() error(1.5) end))
print(catch(function() error(true) end))
print(catch(function() error() end))
-- rethrowing keeps the position already added
local ok, e = pcall(function() error("inner") end)
print(catch(function() error(e) end))
print(catch(function() error(e, 0) end))
-- nested pcall
print(pcall(pcall, error, "x"))
print(pcall(pcall, pcall, error, "y"))
print(select("#", pcall(pcall)))
print(pcall(pcall))
-- xpcall with a handler that changes the value
print(xpcall(function() error("boom") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(xpcall(function() return 1, 2, 3 end, print))
print(xpcall(function() local x = nil; return x + 1 end, function(m) return (m:gsub("^.-:%d+: ", "")) end))
-- the handler itself erroring
print(xpcall(function() error("a") end, function(m) error("b") end))
