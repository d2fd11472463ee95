#!/usr/bin/env bash
# Prints, from a real redis-server, the values the bit/struct/cjson/cmsgpack unit tests in
# tests/LuaIL.Runtime.Tests/Redis/ hardcode. Each line is "expression => rendered results", in the
# rendering those tests use (RedisLibTestSupport.Render):
#   n:<integer> for integral numbers below 2^53, d:<16 hex digits of the double> otherwise,
#   s:"..." with bytes outside [%w%p ] as \xNN, {k=v,...} in pairs() order, NULL for cjson.null,
#   ERROR <message without its position prefix>.
# Usage: tests/redis/capture-lib-expectations.sh [port]   (starts a throwaway loopback server when
# none answers on the port; needs redis-server/redis-cli 7.0, e.g. apt-get install redis-server).
set -euo pipefail
port=${1:-6390}
started=0
if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
  started=1
  sleep 0.5
fi
trap '[ $started = 1 ] && redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true' EXIT

read -r -d '' prelude <<'LUA' || true
local function esc(s)
  return (string.gsub(s, "[^%w%p ]", function(c) return string.format("\\x%02x", string.byte(c)) end))
end
local render
render = function(v)
  local t = type(v)
  if t == "number" then
    if v == math.floor(v) and math.abs(v) < 2^53 then
      if v == 0 and 1 / v < 0 then return "n:-0" end
      return "n:" .. string.format("%d", v)
    end
    return "d:" .. esc(string.gsub(struct.pack(">d", v), ".", function(c) return string.format("%02x", string.byte(c)) end))
  elseif t == "string" then return 's:"' .. esc(v) .. '"'
  elseif t == "table" then
    local parts = {}
    for k, x in pairs(v) do parts[#parts + 1] = render(k) .. "=" .. render(x) end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif t == "userdata" and v == cjson.null then return "NULL"
  else return tostring(v) end
end
local out = {}
local function run(e)
  local f = assert(loadstring("return " .. e))
  local r = {pcall(f)}
  local parts = {}
  for i = 2, table.maxn(r) do parts[#parts + 1] = render(r[i]) end
  if r[1] then out[#out + 1] = e .. " => " .. table.concat(parts, " ")
  else out[#out + 1] = e .. " => ERROR " .. string.gsub(tostring(r[2]), '^%[string ".-"%]:%d+: ', '') end
end
LUA

capture() {
  # $1: a Lua list of expression strings
  redis-cli -p "$port" --raw EVAL "$prelude
for _, e in ipairs($1) do run(e) end
return table.concat(out, '\n')" 0
}

echo "# bit"
capture '{
"bit.tobit(0.5)", "bit.tobit(1.5)", "bit.tobit(2.5)", "bit.tobit(-1.5)", "bit.tobit(2^31)", "bit.tobit(2^32 + 1)",
"bit.tobit(-2^31 - 1)", "bit.tobit(2^52 + 1)", "bit.tobit(2^53 + 2)", "bit.tobit(12345678901234)", "bit.tobit(4294967295.5)",
"bit.tobit(1/0)", "bit.tobit(0/0)", "bit.tobit(\"0x10\")", "bit.tobit(\"abc\")", "bit.tobit()",
"bit.bnot(5)", "bit.band(255, 15, 3)", "bit.bor(1, 2, 4, 8)", "bit.bxor(1, 3)", "bit.bor(1, nil, 2)",
"bit.lshift(1, 31)", "bit.lshift(1, 33)", "bit.lshift(1, -1)", "bit.rshift(-1, 1)", "bit.arshift(-256, 4)",
"bit.rol(305419896, 4)", "bit.ror(305419896, 4)", "bit.ror(305419896, 32)", "bit.bswap(305419896)",
"bit.tohex(-1)", "bit.tohex(255, 2)", "bit.tohex(255, -2)", "bit.tohex(255, 0)", "bit.tohex(-1, -16)",
"bit.tohex(65535, -2147483648)", "bit.tohex(1, nil)"
}'

echo "# struct"
capture '{
"struct.pack(\"b\", -1)", "struct.pack(\">h\", 1)", "struct.pack(\"<i3\", 1193046)", "struct.pack(\"<i16\", -1)",
"struct.pack(\">I8\", 2^64)", "struct.pack(\">I8\", 0/0)", "struct.pack(\">i8\", -2^64)", "struct.pack(\"<i4\", -2.7)",
"struct.pack(\">f\", 1.5)", "struct.pack(\">d\", 0.1)", "struct.pack(\"c5\", \"abcdefg\")", "struct.pack(\"c0\", \"abc\")",
"struct.pack(\"s\", \"hi\")", "struct.pack(\">!4 b i\", 1, 2)", "struct.pack(\"!4 b i3 b i3\", 1, 2, 3, 4)", "struct.pack(\"x b x\", 7)",
"struct.pack(\"b\\0b\", 1, 2)", "struct.pack(\"c5\", \"ab\")", "struct.pack(\"y\", 1)", "struct.pack(\"b\")", "struct.pack(\"i33\", 5)",
"struct.pack(\"!3 b\")", "struct.pack(\"i99999999999\", 1)",
"struct.unpack(\"b\", \"\\255\")", "struct.unpack(\">h\", \"\\255\\254\")", "struct.unpack(\"<L\", \"\\255\\255\\255\\255\\255\\255\\255\\255\")",
"struct.unpack(\">i16\", string.rep(\"\\255\", 16))", "struct.unpack(\">I9\", \"\\1\\2\\3\\4\\5\\6\\7\\8\\9\")", "struct.unpack(\">i9\", \"\\255\\2\\3\\4\\5\\6\\7\\8\\9\")",
"struct.unpack(\">f\", \"\\61\\204\\204\\205\")", "struct.unpack(\"b c0\", \"\\3abcdef\")", "struct.unpack(\"c1 c0\", \"3abcd\")", "struct.unpack(\"c0\", \"abc\")",
"struct.unpack(\"s s\", \"ab\\0cd\\0\")", "struct.unpack(\"s\", \"abc\")", "struct.unpack(\"b\", \"abc\", 3)", "struct.unpack(\"b\", \"abc\", 4)",
"struct.unpack(\"b\", \"abc\", 0)", "struct.unpack(\"\", \"abc\", -1)", "struct.unpack(\"!4 b i\", \"\\1\\0\\0\\0\\2\\0\\0\\0\")",
"select(\"#\", struct.unpack(string.rep(\"b\", 7997), string.rep(\"a\", 7997)))", "struct.unpack(string.rep(\"b\", 7998), string.rep(\"a\", 7998))",
"struct.size(\"b h i l d f c5 x\")", "struct.size(\"!8 b d\")", "struct.size(\"s\")", "struct.size(\"c0\")", "struct.size(\"y\")", "struct.size(\"=\")"
}'

echo "# cjson"
capture '{
"cjson.encode(0.1)", "cjson.encode(-1/3)", "cjson.encode(1e14)", "cjson.encode(1e15)", "cjson.encode(2^63)", "cjson.encode(5e-324)",
"cjson.encode(0.0001)", "cjson.encode(1/(-1/0))", "cjson.encode(1/0)", "cjson.encode({[1/0]=1})",
"cjson.encode(\"a/b\\\\c\\\"d\")", "cjson.encode(\"\\0\\1\\8\\9\\10\\11\\12\\13\\31 \\127\\128\\255\")", "cjson.encode(cjson.null)", "cjson.encode(nil)",
"cjson.encode()", "cjson.encode(1, 2)", "cjson.encode(type)", "cjson.encode({})", "cjson.encode({1, nil, 3})", "cjson.encode({[10]=1})",
"cjson.encode({[11]=1})", "cjson.encode({[0]=1})", "cjson.encode({[1.5]=1})", "cjson.encode({[1]=1, x=2})", "cjson.encode({[true]=1})",
"cjson.encode({a=1, b=2, c=3, d=4, e=5})", "cjson.encode({[2^31]=1})", "cjson.encode({[2^31]=1, [1]=1})",
"cjson.decode(\"[1,null,3]\")", "cjson.decode(\"{\\\"z\\\":1,\\\"y\\\":2,\\\"x\\\":3,\\\"w\\\":4,\\\"v\\\":5,\\\"u\\\":6}\")", "cjson.decode(\"0x1F\")",
"cjson.decode(\"-Infinity\")", "cjson.decode(\"+5\")", "cjson.decode(\"1e400\")",
"cjson.decode(\"\\\"\\\\u0041\\\\u00e9\\\\u20ac\\\\ud83d\\\\ude00\\\"\")", "cjson.decode(\"\\\"\\\\ude00\\\"\")", "cjson.decode(\"\\\"\\\\x\\\"\")",
"cjson.decode(\"\\\"abc\")", "cjson.decode(\"\")", "cjson.decode(\"[1,]\")", "cjson.decode(\"{1:2}\")", "cjson.decode(\"[1] x\")",
"cjson.decode(\"[1]\\0garbage\")", "cjson.decode(\"\\0[1]\")", "cjson.decode(\"tru\")", "cjson.decode(\"{\\\"a\\\" 1}\")", "cjson.decode({})",
"cjson.decode(string.rep(\"[\", 1001) .. string.rep(\"]\", 1001))",
"cjson.encode_number_precision(0)", "cjson.encode_number_precision(1, 2)", "cjson.encode_sparse_array(nil, -1)",
"cjson.new().encode_invalid_numbers(\"maybe\")", "cjson._VERSION", "cjson.null == cjson.new().null"
}'
capture '{
"(function() local c = cjson.new() return c.encode_number_precision(3), c.encode(math.pi), c.encode(1234567), c.encode(0.0001234) end)()",
"(function() local c = cjson.new() return c.encode_number_precision(1), c.encode(2.5), c.encode(0.25), c.encode(95) end)()",
"(function() local c = cjson.new() return c.encode_invalid_numbers(true), c.encode({1/0, -1/0, 0/0}) end)()",
"(function() local c = cjson.new() return c.encode_invalid_numbers(\"null\"), c.encode({1/0, 0/0}), c.encode_invalid_numbers() end)()",
"(function() local c = cjson.new() return c.encode_sparse_array(true), c.encode({[1]=1, [20]=2}) end)()",
"(function() local c = cjson.new() return c.encode_sparse_array() end)()",
"(function() local c = cjson.new() return c.encode_max_depth(2), c.encode({{{1}}}) end)()",
"(function() local c = cjson.new() return c.decode_max_depth(2), c.decode(\"{\\\"a\\\":{\\\"b\\\":{}}}\") end)()",
"(function() local c = cjson.new() return c.decode_invalid_numbers(false), c.decode(\"[NaN]\") end)()",
"(function() local c = cjson.new() c.encode_max_depth(9000) local t = {} local x = t for i = 1, 8500 do x[1] = {} x = x[1] end return c.encode(t) end)()",
"(function() local c = cjson.new() c.decode_max_depth(100000) return c.decode(string.rep(\"{\\\"a\\\":\", 4000) .. \"1\" .. string.rep(\"}\", 4000)) end)()",
"(function() local t = {} t[1] = t return cjson.encode(t) end)()"
}'

echo "# cmsgpack"
capture '{
"cmsgpack.pack(0, 127, 128, 255, 256, 65535, 65536, 4294967295, 4294967296)", "cmsgpack.pack(-1, -32, -33, -128, -129, -32768, -32769, -2147483648, -2147483649)",
"cmsgpack.pack(2^63)", "cmsgpack.pack(-2^63)", "cmsgpack.pack(1.5, 0.1, 1/0, 0/0, 1/(-1/0))", "cmsgpack.pack(\"\", string.rep(\"x\", 32))",
"#cmsgpack.pack(string.rep(\"x\", 256)), cmsgpack.pack(string.rep(\"x\", 256)):sub(1, 4)", "cmsgpack.pack(true, false, nil, type, cjson.null)",
"cmsgpack.pack({})", "cmsgpack.pack({1, 2, 3})", "cmsgpack.pack({1, nil, 3})", "cmsgpack.pack({[0]=1})", "cmsgpack.pack({[1]=\"a\", x=\"b\"})",
"cmsgpack.pack({a=1, b=2, c=3, d=4, e=5, f=6, g=7})", "cmsgpack.pack()",
"(function() local t = {} for i = 1, 16 do t[i] = i end return cmsgpack.pack(t) end)()",
"(function() local t = {} local c = t for i = 1, 17 do c[1] = {} c = c[1] end return cmsgpack.pack(t) end)()",
"cmsgpack.unpack(\"\\207\\255\\255\\255\\255\\255\\255\\255\\255\")", "cmsgpack.unpack(\"\\211\\128\\0\\0\\0\\0\\0\\0\\1\")", "cmsgpack.unpack(\"\\202\\63\\192\\0\\0\")",
"cmsgpack.unpack(\"\\209\\255\\254\", \"\\210\\255\\255\\255\\254\")", "cmsgpack.unpack(\"\\161a\\217\\3abc\\218\\0\\2ab\")", "cmsgpack.unpack(\"\\130\\161a\\1\\161b\\2\")",
"cmsgpack.unpack(\"\\147\\1\\192\\3\")", "cmsgpack.unpack(\"\\193\")", "cmsgpack.unpack(\"\\196\\1a\")", "cmsgpack.unpack(\"\\163ab\")", "cmsgpack.unpack(\"\\129\\192\\1\")",
"cmsgpack.unpack(\"\\129\\202\\127\\192\\0\\0\\1\")", "cmsgpack.unpack(\"\")", "cmsgpack.unpack(cmsgpack.pack({z=1, y=2, x=3, w={1, 2}, v=\"s\"}))",
"cmsgpack.unpack_one(\"\\1\\2\\3\")", "cmsgpack.unpack_one(\"\\1\\2\\3\", 2)", "cmsgpack.unpack_one(\"\\1\\2\\3\", 3)", "cmsgpack.unpack_one(\"\\1\\2\\3\", 4)",
"cmsgpack.unpack_one(\"\\1\\2\\3\", -1)", "cmsgpack.unpack_limit(\"\\1\\2\\3\", 2)", "cmsgpack.unpack_limit(\"\\1\\2\\3\", 0)", "cmsgpack.unpack_limit(\"\\1\\2\\3\", 0, 1)",
"cmsgpack.unpack_limit(\"\\1\\2\\3\", -1)", "cmsgpack.unpack_limit(\"\\1\\2\\3\")",
"select(\"#\", cmsgpack.unpack(string.rep(\"\\1\", 7999)))", "select(\"#\", cmsgpack.unpack(string.rep(\"\\1\", 8000)))",
"type(cmsgpack.unpack(string.rep(\"\\145\", 3999) .. \"\\1\"))", "cmsgpack.unpack(string.rep(\"\\145\", 5000) .. \"\\1\")",
"cmsgpack._VERSION"
}'
