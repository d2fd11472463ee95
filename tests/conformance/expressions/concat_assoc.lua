-- .. is right associative; numbers are converted with %.14g.
print("a" .. "b" .. "c")
print(1 .. 2 .. 3)
print("x" .. 1.5 .. "y")
print(0.1 .. "")
print(1e100 .. "")
local zero = 0
print(-zero .. "", (zero / zero) .. "", (1 / zero) .. "")
print(2 ^ 63 .. "")
print(123456789012345 .. "")
print(12 .. "")
print("" .. "" == "")
local s = ""
for i = 1, 5 do s = s .. i .. "," end
print(s)
local a, b, c = "p", "q", "r"
print(a .. b .. c == (a .. b) .. c, a .. b .. c == a .. (b .. c))
print(#("abc" .. "de"))
print("num" .. 10 / 4)
print(1 .. "2" + 1, 2 + 3 .. 4 * 5)
print(("x"):rep(3) .. ("y"):rep(2))
print(type(1 .. 2))
