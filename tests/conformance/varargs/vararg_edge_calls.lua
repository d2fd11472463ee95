-- varargs passed to C functions and through select/unpack chains
local function pass(...) return ... end
print(math.max(pass(3, 9, 4)), string.char(pass(72, 105)), select("#", pass()))
print(table.concat({pass("a", "b", "c")}, "-"))
print(string.format(pass("%s=%d", "k", 5)))
print(pcall(pass, 1, nil, 3))
print(tostring(pass(nil)), type(pass(nil)), select("#", pass(nil)))
local function count(...) return select("#", ...) end
print(count(pass(1, 2), pass(3, 4)))
print(count(pass(), pass()))
print(count(nil, pass()))
print(count(pass(1, 2), nil))
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3), count(tail(1)))
local function rev(...)
  local n = select("#", ...)
  if n == 0 then return end
  local first = ...
  return rev(select(2, ...)), first
end
print(rev(1, 2, 3, 4))
print(count(rev(nil, nil)))
