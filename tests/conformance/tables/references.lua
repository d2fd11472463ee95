-- Tables are reference values.
local a = {x = 1}
local b = a
b.x = 2
print(a.x, a == b)
local function mutate(t) t.y = "added" end
mutate(a)
print(b.y)
local c = {x = 2, y = "added"}
print(a == c)
local list = {}
for i = 1, 3 do list[i] = {id = i} end
local alias = list[2]
alias.id = 20
print(list[1].id, list[2].id, list[3].id)
local self_ref = {}
self_ref.me = self_ref
print(self_ref.me.me.me == self_ref)
local cycle_a, cycle_b = {}, {}
cycle_a.other, cycle_b.other = cycle_b, cycle_a
print(cycle_a.other.other == cycle_a)
local shallow = {}
for k, v in pairs({n = {1}}) do shallow[k] = v end
local orig_inner = shallow.n
orig_inner[1] = "shared"
print(shallow.n[1])
print(type({}), type(a))
local t1 = {}
local t2 = {[t1] = "table as key"}
print(t2[t1], t2[{}])
