-- 5.1's compatibility "arg" table in vararg functions
local function uses_arg(...)
  return arg and arg.n, arg and #arg, arg and arg[1]
end
print(uses_arg())
print(uses_arg(1, nil, 3))
print(uses_arg(nil))
-- a function that mentions ... does not get arg
local function uses_dots(...)
  local n = select("#", ...)
  return n, arg
end
print(uses_dots(1, 2))
-- an explicit local named arg shadows nothing weird
local function named_arg(arg) return arg end
print(named_arg("param"))
-- arg is a fresh table each call
local keep = {}
local function collect(...) keep[#keep + 1] = arg end
collect("a")
collect("b", "c")
print(keep[1] ~= keep[2], keep[1].n, keep[2].n, keep[2][2])
-- modifying arg does not change anything else
local function mutate(...)
  arg[1] = "changed"
  return arg[1], arg.n
end
print(mutate("orig"))
-- the main chunk has no arg table parameter; the global arg is the script's table
print(type(arg), arg and arg[0])
