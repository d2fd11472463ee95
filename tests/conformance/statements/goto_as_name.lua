-- 5.1 has no goto statement: goto and continue are ordinary names
local goto = "a variable named goto"
print(goto)
local t = {goto = 1, continue = 2}
print(t.goto, t.continue)
local function continue(x) return "continue(" .. x .. ")" end
print(continue(1))
goto = goto .. "!"
print(goto)
local function f(goto, label) return goto, label end
print(f("g", "l"))
t.goto = function(self) return "method goto" end
print(t:goto())
-- labels are not syntax either, but ::name:: is not valid in 5.1 so we stay with names
local label = "label"
print(label)
-- other 5.2+ names: _ENV is an ordinary global in 5.1
_ENV = "just a global"
print(_ENV, rawget(_G, "_ENV"))
local bit32 = bit32
print(bit32)
print(type(table.unpack), type(table.pack), type(package.searchpath), type(load))
print(type(loadstring), type(unpack), type(math.log10), type(string.gfind))
