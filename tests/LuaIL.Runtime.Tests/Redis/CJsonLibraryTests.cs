using LuaIL.Runtime;
using LuaIL.Runtime.Redis;
using static LuaIL.Runtime.Tests.Redis.RedisLibTestSupport;

namespace LuaIL.Runtime.Tests.Redis;

/// <summary>cjson.* against values captured from Redis 7.0.15 (tests/redis/capture-lib-expectations.sh).</summary>
public class CJsonLibraryTests
{
    private readonly LuaState L = NewState();

    private string Encode(LuaValue v) => Run(L, "cjson.encode", v);
    private string Decode(string json) => Run(L, "cjson.decode", S(json));

    [Fact]
    public void Numbers()
    {
        Assert.Equal("s:\"0.1\"", Encode(0.1));
        Assert.Equal("s:\"-0.33333333333333\"", Encode(-1.0 / 3));
        Assert.Equal("s:\"1e+14\"", Encode(1e14));
        Assert.Equal("s:\"1e+15\"", Encode(1e15));
        Assert.Equal("s:\"9.2233720368548e+18\"", Encode(9223372036854775808.0));
        Assert.Equal("s:\"4.9406564584125e-324\"", Encode(5e-324));
        Assert.Equal("s:\"0.0001\"", Encode(0.0001));
        Assert.Equal("s:\"-0\"", Encode(NegZero));
        Assert.Equal("ERROR Cannot serialise number: must not be NaN or Inf", Encode(Inf));
        Assert.Equal("ERROR Cannot serialise number: must not be NaN or Inf", Encode(Rec((Inf, 1))));
    }

    [Fact]
    public void StringsAndScalars()
    {
        Assert.Equal("s:\"\"a\\/b\\\\c\\\"d\"\"", Encode(S("a/b\\c\"d")));
        Assert.Equal("s:\"\"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u001f \\u007f\\x80\\xff\"\"", Encode(S("\0\x01\x08\x09\x0a\x0b\x0c\x0d\x1f \x7f\x80\xff")));
        Assert.Equal("s:\"null\"", Encode(new LuaValue(CJsonLibrary.Null, 0)));
        Assert.Equal("s:\"null\"", Encode(Nil));
        Assert.Equal("ERROR bad argument #1 to 'encode' (expected 1 argument)", Run(L, "cjson.encode"));
        Assert.Equal("ERROR bad argument #1 to 'encode' (expected 1 argument)", Run(L, "cjson.encode", 1, 2));
        Assert.Equal("ERROR Cannot serialise function: type not supported", Encode(SomeFunction));
    }

    [Fact]
    public void Tables()
    {
        Assert.Equal("s:\"{}\"", Encode(Arr()));
        Assert.Equal("s:\"[1,null,3]\"", Encode(Arr(1, Nil, 3)));
        Assert.Equal("s:\"[null,null,null,null,null,null,null,null,null,1]\"", Encode(Rec((10, 1))));
        Assert.Equal("ERROR Cannot serialise table: excessively sparse array", Encode(Rec((11, 1))));
        Assert.Equal("s:\"{\"0\":1}\"", Encode(Rec((0, 1))));
        Assert.Equal("s:\"{\"1.5\":1}\"", Encode(Rec((1.5, 1))));
        Assert.Equal("s:\"{\"1\":1,\"x\":2}\"", Encode(Rec((1, 1), (S("x"), 2))));
        Assert.Equal("ERROR Cannot serialise boolean: table key must be a number or string", Encode(Rec((true, 1))));
        // Key order is next() order over 5.1's hash layout.
        Assert.Equal("s:\"{\"a\":1,\"c\":3,\"b\":2,\"e\":5,\"d\":4}\"", Encode(Rec((S("a"), 1), (S("b"), 2), (S("c"), 3), (S("d"), 4), (S("e"), 5))));
        // (int)2^31 is INT_MIN on x86-64: not a positive length, so an object.
        Assert.Equal("s:\"{\"2147483648\":1}\"", Encode(Rec((2147483648.0, 1))));
        Assert.Equal("s:\"[1]\"", Encode(Rec((2147483648.0, 1), (1, 1))));
    }

    [Fact]
    public void Nesting()
    {
        var t = new LuaTable();
        t.RawSet(1, new LuaValue(t));
        Assert.Equal("ERROR Cannot serialise, excessive nesting (1001)", Encode(new LuaValue(t)));
        Assert.Equal("ERROR Found too many nested data structures (1001) at character 1001", Decode(new string('[', 1001) + new string(']', 1001)));
        // Past the default limits, 5.1's C stack limit (8000 slots) decides.
        var c = CJsonLibrary.NewModule();
        Run(L, c, "encode_max_depth", 9000);
        var root = new LuaTable();
        var x = root;
        for (int i = 0; i < 8500; i++)
        {
            var child = new LuaTable();
            x.RawSet(1, new LuaValue(child));
            x = child;
        }
        Assert.Equal("ERROR Cannot serialise, excessive nesting (7998)", Run(L, c, "encode", new LuaValue(root)));
        Run(L, c, "decode_max_depth", 100000);
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 4000)) + "1" + new string('}', 4000);
        Assert.Equal("ERROR Found too many nested data structures (4000) at character 19996", Run(L, c, "decode", S(deep)));
    }

    [Fact]
    public void DecodeValues()
    {
        Assert.Equal("{n:1=n:1,n:2=NULL,n:3=n:3}", Decode("[1,null,3]"));
        Assert.Equal("{s:\"y\"=n:2,s:\"x\"=n:3,s:\"z\"=n:1,s:\"u\"=n:6,s:\"w\"=n:4,s:\"v\"=n:5}", Decode("{\"z\":1,\"y\":2,\"x\":3,\"w\":4,\"v\":5,\"u\":6}"));
        Assert.Equal("n:31", Decode("0x1F"));
        Assert.Equal("d:fff0000000000000", Decode("-Infinity"));
        Assert.Equal("n:5", Decode("+5"));
        Assert.Equal("d:7ff0000000000000", Decode("1e400"));
        Assert.Equal("s:\"A\\xc3\\xa9\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80\"", Decode("\"\\u0041\\u00e9\\u20ac\\ud83d\\ude00\""));
        // The text is a C string: a zero byte ends it.
        Assert.Equal("{n:1=n:1}", Decode("[1]\0garbage"));
    }

    [Fact]
    public void DecodeErrors()
    {
        Assert.Equal("ERROR Expected value but found invalid unicode escape code at character 2", Decode("\"\\ude00\""));
        Assert.Equal("ERROR Expected value but found invalid escape code at character 2", Decode("\"\\x\""));
        Assert.Equal("ERROR Expected value but found unexpected end of string at character 5", Decode("\"abc"));
        Assert.Equal("ERROR Expected value but found T_END at character 1", Decode(""));
        Assert.Equal("ERROR Expected value but found T_ARR_END at character 4", Decode("[1,]"));
        Assert.Equal("ERROR Expected object key string but found T_NUMBER at character 2", Decode("{1:2}"));
        Assert.Equal("ERROR Expected the end but found invalid token at character 5", Decode("[1] x"));
        Assert.Equal("ERROR JSON parser does not support UTF-16 or UTF-32", Decode("\0[1]"));
        Assert.Equal("ERROR Expected value but found invalid token at character 1", Decode("tru"));
        Assert.Equal("ERROR Expected colon but found T_NUMBER at character 6", Decode("{\"a\" 1}"));
        Assert.Equal("ERROR bad argument #1 to 'decode' (string expected, got table)", Run(L, "cjson.decode", Arr()));
    }

    [Fact]
    public void Configuration()
    {
        Assert.Equal("ERROR bad argument #1 to 'encode_number_precision' (expected integer between 1 and 14)", Run(L, "cjson.encode_number_precision", 0));
        Assert.Equal("ERROR bad argument #2 to 'encode_number_precision' (found too many arguments)", Run(L, "cjson.encode_number_precision", 1, 2));
        // The range error names argument 1 whichever option is wrong, as the C code does.
        Assert.Equal("ERROR bad argument #1 to 'encode_sparse_array' (expected integer between 0 and 2147483647)", Run(L, "cjson.encode_sparse_array", Nil, -1));
        Assert.Equal("false n:2 n:10", Run(L, "cjson.encode_sparse_array"));
        Assert.Equal("s:\"2.1.0\"", Render(L.Globals.RawGet(LuaString.FromLatin1("cjson")).AsTable!.RawGet(LuaString.FromLatin1("_VERSION"))));

        var c = CJsonLibrary.NewModule();
        Assert.Equal("ERROR bad argument #1 to 'encode_invalid_numbers' (invalid option 'maybe')", Run(L, c, "encode_invalid_numbers", S("maybe")));
        Assert.Equal("n:3", Run(L, c, "encode_number_precision", 3));
        Assert.Equal("s:\"3.14\" s:\"1.23e+06\" s:\"0.000123\"", string.Join(" ", Run(L, c, "encode", Math.PI), Run(L, c, "encode", 1234567), Run(L, c, "encode", 0.0001234)));
        Assert.Equal("n:1", Run(L, c, "encode_number_precision", 1));
        // %.1g rounds half to even on the exact binary value.
        Assert.Equal("s:\"2\" s:\"0.2\" s:\"1e+02\"", string.Join(" ", Run(L, c, "encode", 2.5), Run(L, c, "encode", 0.25), Run(L, c, "encode", 95)));
        Assert.Equal("n:14", Run(L, c, "encode_number_precision", 14));
        Assert.Equal("true", Run(L, c, "encode_invalid_numbers", true));
        Assert.Equal("s:\"[inf,-inf,nan]\"", Run(L, c, "encode", Arr(Inf, -double.PositiveInfinity, NaN)));
        Assert.Equal("s:\"null\"", Run(L, c, "encode_invalid_numbers", S("null")));
        Assert.Equal("s:\"[null,null]\"", Run(L, c, "encode", Arr(Inf, NaN)));
        Assert.Equal("true n:2 n:10", Run(L, c, "encode_sparse_array", true));
        Assert.Equal("s:\"{\"1\":1,\"20\":2}\"", Run(L, c, "encode", Rec((1, 1), (20, 2))));
        Assert.Equal("n:2", Run(L, c, "encode_max_depth", 2));
        Assert.Equal("ERROR Cannot serialise, excessive nesting (3)", Run(L, c, "encode", Arr(Arr(Arr(1)))));
        Assert.Equal("n:2", Run(L, c, "decode_max_depth", 2));
        Assert.Equal("ERROR Found too many nested data structures (3) at character 11", Run(L, c, "decode", S("{\"a\":{\"b\":{}}}")));
        Assert.Equal("false", Run(L, c, "decode_invalid_numbers", false));
        Assert.Equal("ERROR Expected value but found invalid token at character 2", Run(L, c, "decode", S("[NaN]")));
        // Each instance has its own configuration.
        Assert.Equal("s:\"[1,2.5]\"", Run(L, "cjson.encode", Arr(1, 2.5)));
    }
}
