-- string.sub, string.len, string.rep
local s = "abcdefgh"
local cases = {{1}, {3}, {-3}, {0}, {-100}, {100}, {2, 4}, {4, 2}, {-3, -2}, {0, 0},
  {1, 0}, {3, -1}, {-100, 3}, {5, 100}, {1, -9}, {2.7, 4.2}, {"2", "3"}, {8, 8}, {9, 9}}
for _, c in ipairs(cases) do
  print("sub", c[1], c[2], "[" .. s:sub(c[1], c[2]) .. "]")
end
print("sub nil end", s:sub(3, nil))
print("sub big", ("xyz"):sub(2^53), ("xyz"):sub(-2^53, 2^53))
print("len", #s, s:len(), string.len(""), string.len("a\0b"), string.len(12.5))
print("rep", ("ab"):rep(3), ("ab"):rep(0) == "", ("ab"):rep(-5) == "", ("x"):rep(2.9))
print("rep empty", ("" ):rep(100) == "", #("\0"):rep(10))
print("rep num", string.rep(12, 3))
print("rep big", #string.rep("abc", 10000))
print("bad sub", pcall(string.sub))
print("bad sub2", pcall(string.sub, "x"))
print("bad rep", pcall(string.rep, "x"))
print("bad rep2", pcall(string.rep, nil, 2))
print("bad len", pcall(string.len, true))
