-- Basic arithmetic on doubles.
print(1 + 2, 3 - 5, 4 * 2.5, 7 / 2)
print(0.1 + 0.2 - 0.3)
print(1e308 + 1e308, -1e308 - 1e308)
print(2 ^ 1023 * 2, 2 ^ -1074, 2 ^ -1075)
print(3 * (1 / 3) == 1)
print(10 / 3 * 3)
print(2 ^ 53 + 1 - 2 ^ 53)
print(-7 / 2, math.floor(-7 / 2), math.ceil(-7 / 2))
print(1 / 2 / 2, 1 / (2 / 2))
local a, b = 17, 5
print(a + b, a - b, a * b, a / b, a % b, a ^ 2, -a)
local x = 0
for i = 1, 10 do x = x + 0.1 end
print(x, x == 1, math.abs(x - 1) < 1e-15)
local n = 1
for i = 1, 30 do n = n * 2 end
print(n, n - 1, n * n)
print(100 - 99.99, 1.1 * 1.1)
print(5 - -5, 5 + -5, -5 - 5)
