-- Mutual recursion through forward-declared locals.
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(10), is_odd(10), is_even(7), is_odd(7))
-- deep mutual tail recursion must run in constant stack
print(is_even(1000001), is_odd(1000001))
local ping, pong
local log = {}
ping = function(n) if n > 0 then log[#log + 1] = "ping" .. n; return pong(n - 1) end return "end" end
pong = function(n) if n > 0 then log[#log + 1] = "pong" .. n; return ping(n - 1) end return "end" end
print(ping(4), table.concat(log, " "))
-- mutual recursion through a table
local M = {}
function M.a(n) if n <= 0 then return "a" end return M.b(n - 1) end
function M.b(n) if n <= 0 then return "b" end return M.a(n - 1) end
print(M.a(4), M.a(5))
-- expression evaluator with mutually recursive helpers
local expr, term
function expr(t, i)
  local v; v, i = term(t, i)
  while t[i] == "+" do local w; w, i = term(t, i + 1); v = v + w end
  return v, i
end
function term(t, i)
  local v = t[i]; i = i + 1
  while t[i] == "*" do v = v * t[i + 1]; i = i + 2 end
  return v, i
end
print((expr({2, "+", 3, "*", 4, "+", 1}, 1)))
