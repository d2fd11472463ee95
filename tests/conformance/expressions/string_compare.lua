-- String ordering is byte-wise (strcoll in the C locale).
local words = {"banana", "Apple", "apple", "cherry", "", "a", "ab", "B", "10", "9", "_", "~"}
table.sort(words)
for i, w in ipairs(words) do io.write(i, "=[", w, "] ") end
print()
print("a" < "ab", "ab" < "b", "abc" < "abd")
print("A" < "a", "Z" < "a", "a" < "{")
print(" " < "!", "0" < "A", "9" < ":")
print("\255" > "\127", "\128" > "a")
print("abc" <= "abc", "abc" >= "abd")
print("x\0a" < "x\0b", "x" < "x\0")
local function cmp(a, b)
  if a < b then return "<" elseif a > b then return ">" else return "=" end
end
print(cmp("hello", "help"), cmp("same", "same"), cmp("long string", "long"))
print(cmp("10", "2"), cmp("-1", "-2"), cmp("1e2", "100"))
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} < {} end))
