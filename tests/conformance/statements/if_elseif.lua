-- if / elseif / else chains and truthiness.
local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  elseif n < 100 then return "medium"
  else return "large" end
end
for _, n in ipairs({-5, 0, 3, 42, 1000}) do print(n, classify(n)) end
local function truthy(v)
  if v then return "truthy" else return "falsy" end
end
print(truthy(nil), truthy(false), truthy(0), truthy(""), truthy({}), truthy("false"))
local x = 5
if x > 1 then
  if x > 3 then
    print("nested: > 3")
  else
    print("nested: 2..3")
  end
end
if false then print("never") end
if nil then print("never") elseif false then print("never") end
print("no branch taken")
local r
if x == 5 then r = "five" end
print(r)
if x ~= 5 then print("no") else print("else branch") end
local count = 0
local function tick() count = count + 1; return false end
if tick() then elseif tick() then elseif tick() then else count = count + 10 end
print("conditions evaluated", count)
