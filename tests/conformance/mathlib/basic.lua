-- math functions on ordinary values, printed with %.14g
local zero = 0
local nz = -zero
print(math.abs(-3), math.abs(2.5), math.abs(nz), math.abs(-1/zero))
print(math.floor(3.7), math.floor(-3.2), math.floor(nz), math.floor("2.5"))
print(math.ceil(3.2), math.ceil(-3.7), math.ceil(-0.5), math.ceil(1e300))
print(math.sqrt(16), math.sqrt(2), math.sqrt(-1), math.sqrt(1/zero))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.atan2(1, -1), math.atan2(nz, -1), math.atan2(-1, 0))
print(math.sinh(1), math.cosh(1), math.tanh(1))
print(math.exp(1), math.exp(0), math.exp(710))
print(math.log(10), math.log(zero), math.log(-1), math.log(8, 2))
print(math.log10(1000), math.log10(2), math.log10(zero))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 1/3), math.pow(zero, -1))
print(math.deg(math.pi), math.rad(180), math.deg(1))
print(math.pi, math.huge, -math.huge)
print(math.huge > 1e308, -math.huge < -1e308)
print(math.floor(2^31 + 0.5), math.floor(-2^53), math.ceil(2^63))
for _, x in ipairs({0.1, 1.5, 2.5, -2.5, 1e-300}) do
  io.write(math.floor(x), " ", math.ceil(x), " ", math.sqrt(math.abs(x)), "\n")
end
