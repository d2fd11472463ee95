-- load(reader) pulls pieces only as the lexer needs them: tokens, strings, long strings, comments
-- and numbers may span pieces, and the reader is not called again after the first error.
local function pieces(list)
  local i, calls = 0, 0
  local function read()
    calls = calls + 1
    i = i + 1
    return list[i]
  end
  return read, function() return calls end
end

local read, calls = pieces({"ret", "urn ", "'ab", "c' .. [", "[long", "\nstring]", "] .. 1", "2.", "5e", "1 -", "- a comment\n", ", 7"})
local f, err = load(read)
print(f and f(), err, calls())

-- Errors in the middle: the remaining pieces are never asked for.
for _, list in ipairs({
  {"x = ", "1 +", " + 2", "\nnever", " read"},
  {"x = 'unfinished", "\n", "more"},
  {"x = [[never closed", " at all"},
  {"--[[ comment", " without end"},
  {"x = 3e", "+", "x", " rest"},
  {"local t = {", "1, 2", ",,", "3}"},
}) do
  local read, calls = pieces(list)
  local f, err = load(read, "=pieces")
  print(f, err, calls())
end

-- A number piece is converted to a string, as lua_tolstring does.
local n = 0
print(type(load(function() n = n + 1; if n == 1 then return "return 1" end if n == 2 then return 2 end end)))
print("after number piece", n)

-- nil ends the chunk as an empty string does; a chunk of no pieces is empty.
print(load(function() return nil end)())
read, calls = pieces({"return 'nil end'", nil, "ignored"})
print(load(read)(), calls())

-- A binary chunk arrives in pieces too.
local dumped = string.dump(function(a) return a * 2 end)
local pos = 0
local bin = load(function()
  if pos >= #dumped then return nil end
  local piece = dumped:sub(pos + 1, pos + 5)
  pos = pos + 5
  return piece
end)
print(bin(21))

-- Chunk names of reader chunks in messages.
print(load((pieces({"x ="})), "custom"))
print(load((pieces({"x ="})), "@file.lua"))
print(load((pieces({"x ="}))))
