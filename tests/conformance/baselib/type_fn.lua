-- type returns one of eight names.
print(type(nil), type(true), type(0), type("s"))
print(type({}), type(print), type(function() end), type(coroutine.create(function() end)))
print(type(type), type(type(nil)))
print(type(0 / 0), type(1 / 0), type("1" + 1), type(1 .. ""))
print(pcall(type))
local names = {}
for _, v in ipairs({1, "a", {}, true, print}) do names[#names + 1] = type(v) end
print(table.concat(names, " "))
local function is(t, v) return type(v) == t end
print(is("number", 5), is("string", 5), is("nil", nil), is("table", setmetatable({}, {})))
print(type(setmetatable({}, {__type = "custom"})))
print(type(string), type(_G), type(math.pi), type(string.format))
