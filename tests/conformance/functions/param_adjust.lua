-- Missing arguments become nil; extra arguments are dropped.
local function three(a, b, c) return tostring(a) .. "," .. tostring(b) .. "," .. tostring(c) end
print(three())
print(three(1))
print(three(1, 2))
print(three(1, 2, 3))
print(three(1, 2, 3, 4, 5))
print(three(nil, nil, 3))
local function two_results() return "x", "y" end
print(three(two_results()))
print(three(two_results(), "z"))
print(three("w", two_results()))
print(three(two_results(), two_results()))
local function none() end
print(three(none(), 1))
print(three(1, none()))
local function count(...) return select("#", ...) end
print(count(), count(nil), count(none()), count(none(), none()))
local function noparams() return "called" end
print(noparams(1, 2, 3))
-- parameters are locals: assignment does not affect the caller
local x = 5
local function modify(v) v = v + 1; return v end
print(modify(x), x)
local t = {n = 1}
local function modt(tt) tt.n = tt.n + 1; tt = nil end
modt(t)
print(t.n)
-- a parameter may shadow another with the same name: the last one wins
local function dup(a, a) return a end
print(dup(1, 2))
