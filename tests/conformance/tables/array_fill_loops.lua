-- Numeric for loops that fill t[i]: the compiler reserves the array storage before such a loop,
-- which must leave 5.1's array size, #t and the pairs order exactly as the rehashes make them.

local function order(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = tostring(k) end
  return table.concat(keys, " ")
end

local function show(name, t)
  print(name, #t, order(t))
end

-- A fresh table filled from 1, sizes around powers of two.
local function fill(n, v)
  local t = {}
  for i = 1, n do t[i] = v end
  return t
end
for _, n in ipairs({0, 1, 2, 3, 7, 8, 9, 16, 17, 33}) do show("fill " .. n, fill(n, true)) end

-- The array part is 5.1's, not the reserved room: a key past the border goes to the hash part.
do
  local t = fill(5, 1)
  t[7] = 7
  t.x = "x"
  t[6] = 6
  t[9] = 9
  show("past border", t)
end

-- A loop that stores nil claims nothing in the array part.
do
  local t = {}
  for i = 1, 20 do t[i] = nil end
  show("nils", t)
  t[3] = 3
  show("nils then 3", t)
end

-- Breaking early: the border is where the loop stopped.
do
  local t = {}
  for i = 1, 1000 do
    t[i] = i
    if i == 10 then break end
  end
  show("break at 10", t)
  t[12] = 12
  show("then 12", t)
end

-- Holes made during the fill, and a loop continuing an existing array part.
do
  local t = {1, 2, 3}
  for i = 4, 40 do t[i] = i % 5 ~= 0 and i or nil end
  print("holes", #t)
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  print("holes count", count)
  for i = 1, 40 do t[i] = i end
  show("refilled", t)
end

-- Shrink the array part (its keys emptied, a rehash moves the rest to the hash part), then grow it again.
do
  local t = fill(64, 0)
  for i = 1, 64 do t[i] = nil end
  for i = 1, 40 do t["k" .. i] = i end
  t[100] = 100
  t[1] = 1
  print("shrunk", #t)
  for i = 1, 70 do t[i] = -i end
  print("regrown", #t, t[64], t[65], t[70], t[100], t.k40)
  local n = 0
  for k, v in pairs(t) do if type(k) == "number" then n = n + 1 end end
  print("regrown numbers", n)
end

-- Keys that are not the loop's integers, a step other than one, and a float start.
do
  local t = {}
  for i = 1, 10, 2 do t[i] = i end
  show("step 2", t)
  local u = {}
  for i = 0.5, 6 do u[i] = i end
  show("float start", u)
  local w = {}
  for i = 0, 6 do w[i] = i end
  show("from zero", w)
  local v = {}
  for i = -3, 3 do v[i] = i end
  show("from -3", v)
end

-- A limit that is not a number the reservation could use.
do
  local t = {}
  for i = 1, 1 / 0 do
    t[i] = i
    if i >= 5 then break end
  end
  show("inf limit", t)
  local u = {}
  for i = 1, 0 / 0 do u[i] = i end
  show("nan limit", u)
  local w = {}
  for i = 1, "4" do w[i] = i end
  show("string limit", w)
end

-- Not a table when the loop starts, or the table replaced by the body.
do
  local t = nil
  local ok, err = pcall(function()
    local s = nil
    for i = 1, 3 do s[i] = i end
  end)
  print("nil table", ok, err)
  local x = 5
  ok, err = pcall(function()
    local y = "str"
    for i = 1, 3 do y[i] = i end
  end)
  print("string table", ok, err)
end

-- __newindex sees every store; the raw table stays empty.
do
  local log = {}
  local t = setmetatable({}, {__newindex = function(_, k, v) log[#log + 1] = k end})
  for i = 1, 6 do t[i] = i end
  print("newindex", #t, next(t), #log, table.concat(log, ","))
end

-- A big fill, as the sieve benchmark does.
do
  local t = {}
  local n = 100000
  for i = 1, n do t[i] = false end
  print("big", #t, t[n], t[n + 1])
  t[n + 1] = true
  print("big+1", #t)
  local count = 0
  for k in pairs(t) do count = count + 1 end
  print("big count", count)
end
