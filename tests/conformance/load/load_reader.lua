-- load(reader): pieces until nil or "", reader errors, chunk names
local function pieces(list)
  local i = 0
  return function() i = i + 1 return list[i] end
end
print(load(pieces({"return ", "1 ", "+ 41"}))())
print(load(pieces({"return 'a'", "", "..'b'"}))())
print(type(load(pieces({})))) -- an empty chunk is fine
print(select("#", load(pieces({}))()))
print(load(pieces({"x = "})))
print(load(pieces({"x = "}), "=reader"))
print(type(load(pieces({"return ", 42}))))
print((load(function() return {} end)))
print((load(function() error("reader broke") end)))
print(load(function() error({}) end) == nil)
print(pcall(load))
print(pcall(load, "return 1"))
local calls = 0
local f = load(function() calls = calls + 1 if calls == 1 then return "return 7" end end)
print(f(), calls)
local g = load(pieces({"local a = .", ".. return a", " * 2"}))
print(g and g(21))
