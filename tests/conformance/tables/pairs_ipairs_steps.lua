-- Generic for over pairs, next and ipairs: order, changes during the loop, holes, metatables,
-- other iterators, and the errors next and ipairs raise.

local function keys(t)
  local out = {}
  for k, v in pairs(t) do out[#out + 1] = tostring(k) .. "=" .. tostring(v) end
  return table.concat(out, " ")
end

local t = { 10, 20, 30, x = 1, y = 2, z = 3, [2.5] = "f", [true] = "b" }
print(keys(t))
local n = 0
for k in next, t do n = n + 1 end
print("next form", n)
for k, v in next, t, "x" do io.write(tostring(k), " ") end
print()

-- assigning to existing fields and clearing them while traversing is allowed
local u = {}
for i = 1, 20 do u["k" .. i] = i end
for k, v in pairs(u) do
  if v % 2 == 0 then u[k] = nil else u[k] = v * 10 end
end
print(keys(u))

-- nested loops over one table
local pairsCount = 0
local small = { a = 1, b = 2, c = 3 }
for k1 in pairs(small) do for k2 in pairs(small) do pairsCount = pairsCount + 1 end end
print("nested", pairsCount)

-- breaking out and starting again
for k, v in pairs(small) do if v then break end end
print(keys(small))

-- ipairs stops at the first hole and ignores __index (it reads raw)
local holes = setmetatable({ 1, 2, nil, 4 }, { __index = function(_, i) return "meta" .. i end })
for i, v in ipairs(holes) do io.write(i, ":", tostring(v), " ") end
print()
local proxy = setmetatable({}, { __index = { 7, 8, 9 } })
local cnt = 0
for _ in ipairs(proxy) do cnt = cnt + 1 end
print("ipairs on proxy", cnt)

-- ipairs's iterator with a control value of our own
local f, s, c = ipairs({ "a", "b", "c" })
for i, v in f, s, 1 do io.write(i, v, " ") end
print()
for i, v in f, s, 1.5 do io.write(i, v, " ") end
print()
print(pcall(function() for i, v in f, s, "x" do end end))
print(pcall(function() for i, v in f, nil, 0 do end end))

-- growing the array while iterating with ipairs sees the new elements
local grow = { 1 }
for i, v in ipairs(grow) do if i < 5 then grow[i + 1] = v * 2 end end
print(table.concat(grow, ","))

-- a custom iterator and a closure iterator still work
local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
local sum = 0
for i in range(5) do sum = sum + i end
print("range", sum)
local function iter(state, ctl) if ctl < state then return ctl + 1, ctl * ctl end end
for a, b in iter, 3, 0 do io.write(a, "/", b, " ") end
print()

-- more loop variables than the iterator returns
for k, v, extra in pairs({ q = 1 }) do print(k, v, extra) end
for i, v, extra in ipairs({ "z" }) do print(i, v, extra) end

-- the errors
print(pcall(function() for k in next, {}, "missing" do end end))
print(pcall(function() for k in pairs(nil) do end end))
print(pcall(function() for k in next, nil do end end))
print(pcall(function() for k in ipairs() do end end))
print(pcall(function() for k in 42 do end end))

-- a replaced global next is what the loop calls
local realnext = next
next = function(t, k) local k2, v = realnext(t, k); if k2 then return k2, "wrapped" end end
for k, v in next, { 1 } do print(k, v) end
next = realnext
for k, v in next, { 1 } do print(k, v) end
