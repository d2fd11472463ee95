-- the line of an error in calling a for-in iterator is the line where the explist starts
local function line_of(f)
  local ok, e = pcall(f)
  return e
end
print(line_of(function()
  for k, v in 3 do end
end))
print(line_of(function()
  for k, v in
    3
  do
  end
end))
print(line_of(function()
  local t = {}
  for k, v
  in
  t
  do end
end))
print(line_of(function()
  for k in nil,
    "state" do end
end))
-- an iterator that fails on a later iteration reports the iterator's own line
print(line_of(function()
  local n = 0
  local function it() n = n + 1; if n > 2 then error("iter fail") end return n end
  for i in
    it do end
end))
