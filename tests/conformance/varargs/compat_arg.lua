-- 5.1 compatibility: a vararg function whose body never mentions ... gets a local 'arg'
-- table holding the extra arguments and their count in arg.n.
local function old_style(a, ...)
  return a, type(arg), arg and arg.n, arg and arg[1], arg and arg[2]
end
print(old_style("x", "y", "z"))
print(old_style("x"))
local function with_nils(...)
  return arg.n, arg[1], arg[2], arg[3]
end
print(with_nils(nil, 2, nil))
-- a vararg function that uses ... still declares the local 'arg', but leaves it nil:
-- it hides the global
arg = "global arg"
local function new_style(...)
  return select("#", ...), arg
end
print(new_style(1, 2))
-- a non-vararg function sees the global too
local function fixed(a) return arg end
print(fixed(1))
-- arg is an ordinary local and can be reassigned
local function reassign(...)
  arg = "local now"
  return arg
end
print(reassign(1), arg)
