-- Packing varargs into tables.
local function pack(...) return {n = select("#", ...), ...} end
local t = pack(1, 2, 3)
print(t.n, #t, t[1], t[3])
t = pack()
print(t.n, #t)
t = pack(nil, "b")
print(t.n, t[1], t[2])
local function prepend(...) return {"first", ...} end
local p = prepend("a", "b")
print(#p, p[1], p[2], p[3])
local function middle(...) return {..., "last"} end
local m = middle("a", "b", "c")
print(#m, m[1], m[2], m[3])
local function keyed(...) return {x = ..., ...} end
local k = keyed("v1", "v2")
print(k.x, k[1], k[2])
-- unpack reverses packing
local function roundtrip(...) local tt = {...}; return unpack(tt) end
print(roundtrip("p", "q", "r"))
-- varargs copied into a table are independent of later changes
local function snapshot(...)
  local s = {...}
  s[1] = "changed"
  return ..., s[1]
end
print(snapshot("orig", "second"))
