-- table.concat over pieces in the array part (read directly) and in the hash part,
-- pieces and separators around the 24-byte inline limit of short strings, numbers,
-- and the error index in either part.
local function pieces(n, len)
  local t = {}
  for i = 1, n do t[i] = string.rep(string.char(96 + i % 26), (i * len) % 41) end
  return t
end

for _, len in ipairs({ 1, 3, 7, 23, 24, 25 }) do
  local t = pieces(60, len)
  for _, sep in ipairs({ "", ",", "::", string.rep("-", 24), string.rep("=", 30) }) do
    local s = table.concat(t, sep)
    print(len, #sep, #s, s:sub(1, 50), s:sub(-30))
    print(table.concat(t, sep, 5, 9), table.concat(t, sep, 60, 60), "[" .. table.concat(t, sep, 7, 6) .. "]")
  end
end

-- short results (built on the stack) and results just past the inline limit
for total = 20, 28 do
  local t = {}
  for i = 1, total do t[i] = string.char(64 + i) end
  print(total, table.concat(t), table.concat(t, "", 2), table.concat(t, ".", 1, 4))
end

-- numbers among the pieces
local nums = { 1, -2, 3.5, 1e15, 1e100, -0.0, 2^53, 1/3, "x", 10 }
print(table.concat(nums, " "))
print(table.concat(nums, "", 3, 7))

-- a range reaching past the array part into the hash part
local h = {}
for i = 1, 8 do h[i] = "a" .. i end
h[20] = "b20"; h[21] = "b21"; h[22] = 22
for i = 9, 19 do h[i] = "c" .. i end
print(table.concat(h, "|", 1, 22))
local sparse = {}
sparse[1] = "one"; sparse[3] = "three"; sparse[2] = "two"; sparse[100] = "hundred"; sparse[101] = "next"
print(table.concat(sparse, "-", 1, 3), table.concat(sparse, "-", 100, 101))

-- the error names the first bad index, wherever it lives
print(pcall(table.concat, { "a", "b", {}, "d" }))
print(pcall(table.concat, { "a", "b", "c" }, ",", 1, 5))
print(pcall(table.concat, { 1, 2, true }, ","))
print(pcall(table.concat, sparse, ",", 1, 4))
print(pcall(table.concat, sparse, ",", 99, 101))

-- string keys inserted, moved and rehashed: the layout (pairs order) as 5.1's
local function layout(n, step)
  local t = {}
  for i = 1, n do t["k" .. (i * step)] = i end
  for i = 1, n, 3 do t["k" .. (i * step)] = nil end
  for i = 1, n, 5 do t["n" .. i] = i; t[i + 0.5] = i; t[i] = i end
  local out, count = {}, 0
  for k, v in pairs(t) do
    count = count + 1
    if count <= 40 then out[#out + 1] = tostring(k) .. "=" .. v end
  end
  return count .. " " .. table.concat(out, " ")
end
print(layout(50, 1))
print(layout(300, 7))
print(layout(1000, 13))
