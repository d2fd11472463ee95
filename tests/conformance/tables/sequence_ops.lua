-- Using tables as stacks, queues and sets.
local stack = {}
for i = 1, 5 do stack[#stack + 1] = i end
local popped = {}
while #stack > 0 do popped[#popped + 1] = table.remove(stack) end
print("stack", table.concat(popped, " "))
local q = {first = 1, last = 0, items = {}}
local function push(v) q.last = q.last + 1; q.items[q.last] = v end
local function pop() local v = q.items[q.first]; q.items[q.first] = nil; q.first = q.first + 1; return v end
push("a"); push("b"); push("c")
print("queue", pop(), pop())
push("d")
print("queue", pop(), pop(), q.first, q.last)
local set = {}
for _, w in ipairs({"x", "y", "x", "z", "y"}) do set[w] = true end
local members = {}
for k in pairs(set) do members[#members + 1] = k end
table.sort(members)
print("set", table.concat(members, ","))
set.y = nil
print(set.x, set.y, set.z)
local rev = {1, 2, 3, 4, 5, 6}
local i, j = 1, #rev
while i < j do rev[i], rev[j] = rev[j], rev[i]; i = i + 1; j = j - 1 end
print("reversed", table.concat(rev, ""))
local counts = {}
for c in ("mississippi"):gmatch(".") do counts[c] = (counts[c] or 0) + 1 end
print("counts", counts.m, counts.i, counts.s, counts.p)
local slice = {}
for k = 2, 4 do slice[#slice + 1] = rev[k] end
print("slice", table.concat(slice, ""))
