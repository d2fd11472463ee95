-- and/or evaluate the right operand only when needed, and return operands unchanged
local log = {}
local function v(x, tag) log[#log + 1] = tag; return x end
local function run(label, f) log = {}; local r = f(); print(label, tostring(r), table.concat(log, ",")) end
run("f and x", function() return v(false, "a") and v(1, "b") end)
run("nil and x", function() return v(nil, "a") and v(1, "b") end)
run("0 and x", function() return v(0, "a") and v("x", "b") end)
run("t or x", function() return v("t", "a") or v(1, "b") end)
run("f or x", function() return v(false, "a") or v(nil, "b") end)
run("chain", function() return v(1, "a") and v(false, "b") or v("c", "c") end)
run("nested", function() return (v(nil, "a") or v(2, "b")) and (v(3, "c") or v(4, "d")) end)
run("not", function() return not v(nil, "a") and v("yes", "b") end)
-- comparison results are booleans; and/or do not convert
print(1 and 2, nil and 2, false or nil, nil or false, 0 or 1, "" or 1)
print((1 == 1) and "eq" or "ne", (1 == 2) and "eq" or "ne")
-- the classic ternary pitfall: a false middle value falls through
print(true and false or "fallback", true and nil or "fallback")
-- multiple results are truncated by and/or
local function two() return 1, 2 end
print(two() and two())
print(nil or two())
print((two()))
-- errors in the unevaluated operand are never raised
print(false and nil + 1, true or error("never"))
