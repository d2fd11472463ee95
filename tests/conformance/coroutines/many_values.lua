-- many values through yield and resume
local big = {}
for i = 1, 250 do big[i] = i end
local co = coroutine.create(function(...)
  local got = select("#", ...)
  local back = {coroutine.yield(unpack(big))}
  return got, #back, back[1], back[#back]
end)
local res = {coroutine.resume(co, unpack(big, 1, 200))}
print(res[1], #res - 1, res[2], res[#res])
print(coroutine.resume(co, unpack(big, 1, 150)))
-- nil values survive at the end of the lists
local nils = coroutine.wrap(function(...)
  local n = select("#", ...)
  local m = select("#", coroutine.yield(nil, nil, nil))
  return n, m
end)
print(select("#", nils(nil, nil)))
print(nils(nil, nil, nil, nil))
