-- unpack and select at their edges
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 5))
print(select("#", unpack({}, 1, 3)))
print(select("#", unpack({1, 2}, 3)))
print(unpack({[0] = "z", "a"}, 0, 1))
print(unpack({n = 5, 1, nil, 3}, 1, 3))
print(unpack({"a", "b"}, "1", "2"))
print(pcall(unpack, {}, 1, 1e8))
print(select(2, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(pcall(select, -4, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select("#"))
print(select("#", nil, nil))
print(select(1.9, "x", "y"))
print(select("2", "x", "y"))
print(pcall(select, 0, "x"))
print(pcall(select, nil))
-- unpack uses raw access and # for the default end
local proxy = setmetatable({}, {__index = function(_, i) return i * 10 end})
print(select("#", unpack(proxy)), unpack(proxy, 1, 2))
-- select with many values
local many = {}
for i = 1, 200 do many[i] = i end
print(select("#", unpack(many)), (select(150, unpack(many))))
print(select(199, unpack(many)))
