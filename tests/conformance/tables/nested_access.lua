-- Building and reading nested structures.
local grid = {}
for r = 1, 3 do
  grid[r] = {}
  for c = 1, 3 do grid[r][c] = r * 10 + c end
end
for r = 1, 3 do print(grid[r][1], grid[r][2], grid[r][3]) end
local cfg = {server = {host = "localhost", ports = {80, 443}}, debug = false}
print(cfg.server.host, cfg.server.ports[2], #cfg.server.ports, cfg.debug)
cfg.server.ports[#cfg.server.ports + 1] = 8080
print(table.concat(cfg.server.ports, ","))
local path = {"server", "ports", 3}
local node = cfg
for _, k in ipairs(path) do node = node[k] end
print("walked", node)
local tree = {value = 1, children = {{value = 2, children = {}}, {value = 3, children = {{value = 4, children = {}}}}}}
local function total(n)
  local s = n.value
  for _, ch in ipairs(n.children) do s = s + total(ch) end
  return s
end
print("tree sum", total(tree))
local matrix = {{1, 2}, {3, 4}}
local function transpose(m)
  local r = {}
  for i = 1, #m[1] do r[i] = {} for j = 1, #m do r[i][j] = m[j][i] end end
  return r
end
local tr = transpose(matrix)
print(tr[1][1], tr[1][2], tr[2][1], tr[2][2])
print(({{"x"}})[1][1], ({a = {b = "c"}}).a.b)
