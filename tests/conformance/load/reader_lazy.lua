-- load pulls pieces from its reader only as the parser needs them
local function reader_for(src)
  local calls, pos = 0, 0
  local function read()
    calls = calls + 1
    pos = pos + 1
    return src:sub(pos, pos)
  end
  return read, function() return calls end
end
-- a syntax error in the first token stops reading early
local read, count = reader_for("*a = 123 and a lot of text that is never read")
local f, err = load(read)
print("early error", f, err, count())
-- an error in the middle stops there too
read, count = reader_for("local x = 1\nlocal y = = 2\nlocal z = 3\nreturn x")
f, err = load(read)
print("middle error", f, err, count())
-- a valid chunk is read to the end (plus the empty piece that ends it)
read, count = reader_for("return 1 + 2")
f = load(read)
print("valid", f(), count())
-- the reader keeps its state between loads, as the official tests rely on
local i = 0
local src1 = "?"
local function read1() i = i + 1; return src1:sub(i, i) end
print(load(read1))
print("i after error", i)
