-- Varargs forwarded through several calls, with nils kept.
local function count(...) return select("#", ...) end
local function fwd1(...) return count(...) end
local function fwd2(...) return fwd1(...) end
print(fwd2(), fwd2(nil), fwd2(nil, nil, nil), fwd2(1, nil))
local function last(...)
  local n = select("#", ...)
  if n == 0 then return "none" end
  return (select(n, ...))
end
print(last(), last(1), last(1, 2, 3), last(1, nil))
local function rev(...)
  local n = select("#", ...)
  local r = {}
  for i = n, 1, -1 do r[#r + 1] = tostring((select(i, ...))) end
  return table.concat(r, " ")
end
print(rev("a", "b", "c"), rev(1, nil, 3))
local function tail_add(x, ...)
  if select("#", ...) == 0 then return x end
  return x + tail_add(...)
end
print(tail_add(1, 2, 3, 4, 5))
local function varmax(first, ...)
  local m = first
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if v > m then m = v end
  end
  return m
end
print(varmax(3, 9, 2, 7), varmax(5))
local function bind(f, ...)
  local bound = {n = select("#", ...), ...}
  return function(...)
    local args = {}
    for i = 1, bound.n do args[i] = bound[i] end
    local m = select("#", ...)
    for i = 1, m do args[bound.n + i] = (select(i, ...)) end
    return f(unpack(args, 1, bound.n + m))
  end
end
local join = bind(function(...) return table.concat({...}, "+") end, "a", "b")
print(join("c", "d"), join())
