-- Concatenation runs (a .. b .. c ... compiled as one operation): embedded zeros, numbers formatted
-- by %.14g inside a run, __concat pairing from the right with mixed operands, long chains, the
-- operand named in errors, and table.concat with numbers and separators.

-- embedded zeros survive, in runs and in table.concat
local z = "a\0b" .. "\0" .. "c\0"
print(#z, z:byte(1, -1))
print(#table.concat({ "\0", "x\0y", 0 }, "\0"), table.concat({ "\0", "x\0y", 0 }, "\0"):byte(1, -1))

-- numbers inside runs
local n = 7
print("n=" .. n .. ", half=" .. n / 2 .. ", neg=" .. -n .. ", big=" .. 2^53 .. ", small=" .. 1e-5 .. ", zero=" .. 0 .. ", negzero=" .. -0)
print(1 .. 2 .. 3, 1.5 .. "", 1e15 .. "|" .. 1e14 .. "|" .. 123456789012345 .. "|" .. -123456789012 .. "|" .. 1/0 .. "|" .. -1/0)
print(0.1 .. " " .. 1/3 .. " " .. 100 .. " " .. 2^31 .. " " .. -2^63 .. " " .. 255 .. "" .. "")
print(table.concat({ 1, 2.5, -3, 1e100, "x" }, ", "), table.concat({}, "x"), table.concat({ 5 }), table.concat({ "a", "b" }, 1))

-- __concat order and operands: 5.1 joins the longest run of strings/numbers from the right,
-- then pairs what is left with __concat
local log = {}
local mt = {}
mt.__concat = function(a, b)
  local function show(v) return type(v) == "table" and ("T" .. v.id) or tostring(v) end
  log[#log + 1] = show(a) .. "+" .. show(b)
  return setmetatable({ id = show(a) .. show(b) }, mt)
end
local function T(id) return setmetatable({ id = id }, mt) end
local r = "a" .. T(1) .. "b" .. 2 .. T(3) .. 4 .. "c"
print(r.id, table.concat(log, " "))
log = {}
r = T(1) .. T(2) .. T(3)
print(r.id, table.concat(log, " "))
log = {}
r = 1 .. 2 .. T(9) .. 3 .. 4 .. 5 .. 6 .. 7 .. 8 .. 9 .. 10 .. T(8) .. "x" .. "y"
print(r.id, table.concat(log, " "))
log = {}
local mt2 = { __concat = function(a, b) return "S" end }
local s = setmetatable({}, mt2)
print("x" .. s .. "y" .. "z", s .. 1 .. 2, 1 .. 2 .. s)

-- operands evaluated left to right before any joining
local order = {}
local function f(v) order[#order + 1] = v; return v end
print(f("p") .. f(1) .. f("q") .. f(2) .. f("r") .. f(3) .. f("s") .. f(4), table.concat(order, ","))

-- long chains (more operands than one runtime call takes)
local c = "1" .. "2" .. "3" .. "4" .. "5" .. "6" .. "7" .. "8" .. "9" .. "10" .. "11" .. "12" .. "13" .. "14" .. "15" .. "16" .. "17" .. "18" .. "19" .. "20"
print(c, #c)
local parts = {}
for i = 1, 150 do parts[i] = "x" .. i end
local src = "return " .. table.concat(parts, " .. ")
local env = {}
for i = 1, 150 do env["x" .. i] = i % 7 == 0 and i or string.char(65 + i % 26) end
local chunk = assert(loadstring(src))
setfenv(chunk, env)
local long = chunk()
print(#long, long:sub(1, 40), long:sub(-40))

-- a local assigned from a run that reads it
local acc = "x"
acc = acc .. "-" .. acc .. "-" .. acc
acc = "<" .. acc .. ">" .. acc
print(acc)

-- errors name the operand 5.1 names
local function err(code)
  local fn = loadstring(code)
  local ok, e = pcall(fn)
  print(ok, e)
end
err("local t = {} return 'a' .. t .. 'b'")
err("local t = {} return 'a' .. 'b' .. 'c' .. 'd' .. 'e' .. 'f' .. 'g' .. t")
err("local t = {} return t .. 'a' .. 'b' .. 'c' .. 'd' .. 'e' .. 'f' .. 'g'")
err("return 'a' .. 'b' .. g")
err("return 'a' .. g .. 'b' .. 'c'")
err("local t = {} return 'a' .. t.f .. 'b' .. 1")
err("local t = {} return 'a' .. t['a\\0b'] .. 'b'")
err("local t = {} return 'a' .. t.x.y")
err("local u = {} return 1 .. 2 .. u .. 3")
err("local u = {} return u .. 'x' .. 'y' .. 'z' .. 1 .. 2 .. 3 .. 4 .. 5")
err("return 'a' .. {} .. 'b'")
err("return 'a' .. true")
err("return nil .. 'a'")
err("return table.concat({ 1, 2, {} })")
err("return table.concat({ 1, 2, nil, 4 }, ',', 1, 4)")
