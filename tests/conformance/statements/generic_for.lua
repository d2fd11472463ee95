-- Generic for with ipairs, custom iterators, and stateless iterators.
for i, v in ipairs({"a", "b", "c"}) do print(i, v) end
for i, v in ipairs({1, 2, nil, 4}) do print("stops at hole", i, v) end
local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
local acc = {}
for v in range(4) do acc[#acc + 1] = v end
print("closure iterator", table.concat(acc, ","))
local function step(state, ctl)
  if ctl < state then return ctl + 1, ctl * ctl end
end
for a, b in step, 3, 0 do print("stateless", a, b) end
local function triples()
  return function(_, c) if c < 3 then return c + 1, "x", "y" end end, nil, 0
end
for a, b, c, d in triples() do print(a, b, c, d) end
-- the iterator triple is evaluated once
local calls = 0
local function make() calls = calls + 1; return ipairs({10, 20}) end
for _, v in make() do io.write(v, " ") end
print("made", calls)
-- next as iterator over an array-only table
local keys = {}
for k in next, {5, 6, 7} do keys[#keys + 1] = k end
table.sort(keys)
print("next keys", table.concat(keys, ","))
-- string.gmatch as iterator
for word in ("one two three"):gmatch("%a+") do io.write("[", word, "]") end
print()
