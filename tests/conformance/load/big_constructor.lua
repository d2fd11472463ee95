-- table constructors have no small item limit in 5.1 (only MAX_INT)
local function build(n, item)
  local parts = {}
  for i = 1, n do parts[i] = item end
  return "return {" .. table.concat(parts, ",") .. "}"
end
for _, n in ipairs({50, 262143, 262144, 300000}) do
  local f, err = loadstring(build(n, "1"))
  if f then
    local t = f()
    print(n, "items", #t, t[n])
  else
    print(n, "error", err)
  end
end
-- a vararg call as the last item after many fixed items
local f = assert(loadstring("local function three() return 'a', 'b', 'c' end " .. (build(270000, "0"):gsub("}$", ", three()}"))))
local t = f()
print("with multret", #t, t[270001], t[270003])
