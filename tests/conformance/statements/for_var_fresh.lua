-- The loop variable is a fresh local per iteration; assigning it does not change the loop.
local seen = {}
for i = 1, 5 do
  seen[#seen + 1] = i
  i = i * 10
  seen[#seen + 1] = i
end
print(table.concat(seen, " "))
local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
print(fns[1](), fns[2](), fns[3]())
local setters, getters = {}, {}
for i = 1, 3 do
  getters[i] = function() return i end
  setters[i] = function(v) i = v end
end
setters[2](99)
print(getters[1](), getters[2](), getters[3]())
-- generic for variables are fresh too
local gf = {}
for k, v in ipairs({"a", "b", "c"}) do gf[k] = function() return k .. v end end
print(gf[1](), gf[2](), gf[3]())
-- the variable is not visible after the loop
i = "global i"
for i = 1, 2 do end
print(i)
-- limit and step are evaluated once
local limit = 3
local count = 0
for j = 1, limit do count = count + 1; limit = 10 end
print("count", count, "limit", limit)
local calls = 0
local function lim() calls = calls + 1; return 4 end
for j = 1, lim() do end
print("limit evaluated", calls, "time(s)")
