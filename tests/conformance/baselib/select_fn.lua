-- select as a library function.
print(select("#", "a", "b"), select(2, "a", "b"))
local function nth(n, ...) return (select(n, ...)) end
print(nth(1, "x", "y", "z"), nth(3, "x", "y", "z"), nth(4, "x", "y", "z"))
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3), select("#", tail(1)))
print(select(-1, 1, 2, 3), select(-3, 1, 2, 3))
print(pcall(select, -4, 1, 2, 3))
print(pcall(select, nil))
print(select(2.7, "a", "b", "c"))
local total = 0
local function sum(...) for i = 1, select("#", ...) do total = total + select(i, ...) end end
sum(1, 2, 3, 4)
print(total)
