-- generators: yield from nested calls, wrap as a for-in iterator, recursion
local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i, i * i) end
    return nil
  end)
end
for i, sq in gen(4) do print("gen", i, sq) end

local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local count = 0
for p in coroutine.wrap(function() permgen({1, 2, 3, 4}) end) do
  count = count + 1
  if count <= 3 then print("perm", table.concat(p, " ")) end
end
print("perms", count)

-- tree walk through deep recursion
local function walk(t)
  if type(t) == "table" then for _, v in ipairs(t) do walk(v) end
  else coroutine.yield(t) end
end
local leaves = {}
for leaf in coroutine.wrap(function() walk({1, {2, {3, {4, 5}}, 6}, {{7}}}) end) do leaves[#leaves + 1] = leaf end
print("leaves", table.concat(leaves, ","))
