-- Relational operators on numbers, strings, and mixed equality.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1)
print(1 == 1.0, 1 ~= 1, -0 == 0, 0.1 + 0.2 == 0.3)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a")
print("Z" < "a", "10" < "9", "a" <= "a", "b" >= "a")
print(1 == "1", "1" == 1, 0 == false, nil == false)
print(nil == nil, true == true, true ~= false)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2, t1 ~= t2)
local f = print
print(f == print, print == tostring)
print(1 < 2 == true, (1 < 2) == (2 < 3))
print(math.huge > 1e308, -math.huge < -1e308)
print(-1 < 0, -0.5 < -0.25)
print("\0" < "\1", "a\0" < "a\1", "a" < "a\0")
print(not (1 > 2), not (1 < 2))
local x = 5
print(x > 3 and x < 10, x < 3 or x > 10)
print(2 ^ 53 == 2 ^ 53 + 1)
