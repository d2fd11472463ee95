-- Unary operators: -, not, # and their combinations.
local x, s, t = 5, "four", {1, 2, 3}
print(-x, - -x, -(-x), -(-(-x)))
print(not x, not not x, not -x)
print(#s, -#s, #t, -#t, not #t)
print(-#s + #t, #s * -1)
print(-x ^ 2, (-x) ^ 2, -(x ^ 2))
print(-"3", -"-3", -" 2 ")
print(#tostring(-x), #(s .. s), #{t, t})
print(not nil == true, not (nil == true))
print(- - - - x)
local z = 0
print(-z, -(-z), 0 - z)
print(-math.huge, -(-math.huge))
print(#"" == 0, not #"")
local neg = -x
print(neg, neg == -5, -neg)
