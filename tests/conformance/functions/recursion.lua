-- Plain (non-tail) recursion.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(0), fact(1), fact(5), fact(20), fact(25))
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local fibs = {}
for i = 0, 20 do fibs[#fibs + 1] = fib(i) end
print(table.concat(fibs, " "))
local function sum_list(t, i)
  i = i or 1
  if i > #t then return 0 end
  return t[i] + sum_list(t, i + 1)
end
print(sum_list({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  hanoi(n - 1, from, via, to, moves)
  moves[#moves + 1] = from .. to
  hanoi(n - 1, via, to, from, moves)
  return moves
end
print(table.concat(hanoi(3, "A", "C", "B", {}), " "))
print(#hanoi(10, "A", "C", "B", {}))
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(5000))
local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end
print(ackermann(2, 3), ackermann(3, 3))
-- a global recursive function looked up by name at each call
function gcount(n) if n == 0 then return "bottom" end return gcount(n - 1) end
print(gcount(100))
