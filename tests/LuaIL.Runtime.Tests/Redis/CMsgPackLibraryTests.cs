using LuaIL.Runtime;
using LuaIL.Runtime.Redis;
using static LuaIL.Runtime.Tests.Redis.RedisLibTestSupport;

namespace LuaIL.Runtime.Tests.Redis;

/// <summary>cmsgpack.* against values captured from Redis 7.0.15 (tests/redis/capture-lib-expectations.sh).</summary>
public class CMsgPackLibraryTests
{
    private readonly LuaState L = NewState();

    private string Pack(params LuaValue[] values) => Run(L, "cmsgpack.pack", values);
    private string Unpack(string bytes) => Run(L, "cmsgpack.unpack", S(bytes));

    [Fact]
    public void IntegersTakeTheSmallestEncoding()
    {
        Assert.Equal("s:\"\\x00\\x7f\\xcc\\x80\\xcc\\xff\\xcd\\x01\\x00\\xcd\\xff\\xff\\xce\\x00\\x01\\x00\\x00\\xce\\xff\\xff\\xff\\xff\\xcf\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x00\"",
            Pack(0, 127, 128, 255, 256, 65535, 65536, 4294967295, 4294967296));
        Assert.Equal("s:\"\\xff\\xe0\\xd0\\xdf\\xd0\\x80\\xd1\\xff\\x7f\\xd1\\x80\\x00\\xd2\\xff\\xff\\x7f\\xff\\xd2\\x80\\x00\\x00\\x00\\xd3\\xff\\xff\\xff\\xff\\x7f\\xff\\xff\\xff\"",
            Pack(-1, -32, -33, -128, -129, -32768, -32769, -2147483648, -2147483649));
        // (int64_t)2^63 is INT64_MIN on x86-64, so 2^63 is not integral to cmsgpack: float32.
        Assert.Equal("s:\"\\xca_\\x00\\x00\\x00\"", Pack(9223372036854775808.0));
        Assert.Equal("s:\"\\xd3\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"", Pack(-9223372036854775808.0));
    }

    [Fact]
    public void FloatsStringsAndOtherTypes()
    {
        Assert.Equal("s:\"\\xca?\\xc0\\x00\\x00\\xcb?\\xb9\\x99\\x99\\x99\\x99\\x99\\x9a\\xca\\x7f\\x80\\x00\\x00\\xcb\\xff\\xf8\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"",
            Pack(1.5, 0.1, Inf, NaN, NegZero));
        Assert.Equal("s:\"\\xa0\\xd9 " + new string('x', 32) + "\"", Pack(S(""), S(new string('x', 32))));
        Assert.StartsWith("s:\"\\xda\\x01\\x00x", Pack(S(new string('x', 256))));
        Assert.Equal("s:\"\\xc3\\xc2\\xc0\\xc0\\xc0\"", Pack(true, false, Nil, SomeFunction, new LuaValue(CJsonLibrary.Null, 0)));
        Assert.Equal("ERROR bad argument #0 to 'pack' (MessagePack pack needs input.)", Pack());
    }

    [Fact]
    public void Tables()
    {
        Assert.Equal("s:\"\\x90\"", Pack(Arr()));
        Assert.Equal("s:\"\\x93\\x01\\x02\\x03\"", Pack(Arr(1, 2, 3)));
        Assert.Equal("s:\"\\x82\\x01\\x01\\x03\\x03\"", Pack(Arr(1, Nil, 3)));
        Assert.Equal("s:\"\\x81\\x00\\x01\"", Pack(Rec((0, 1))));
        Assert.Equal("s:\"\\x82\\x01\\xa1a\\xa1x\\xa1b\"", Pack(Rec((1, S("a")), (S("x"), S("b")))));
        Assert.Equal("s:\"\\x87\\xa1a\\x01\\xa1c\\x03\\xa1b\\x02\\xa1e\\x05\\xa1d\\x04\\xa1g\\x07\\xa1f\\x06\"",
            Pack(Rec((S("a"), 1), (S("b"), 2), (S("c"), 3), (S("d"), 4), (S("e"), 5), (S("f"), 6), (S("g"), 7))));
        var sixteen = new LuaTable();
        for (int i = 1; i <= 16; i++) sixteen.RawSet(i, i);
        Assert.Equal("s:\"\\xdc\\x00\\x10\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f\\x10\"", Pack(new LuaValue(sixteen)));
        // The seventeenth nested table is at nesting level 16: it packs as nil.
        var root = new LuaTable();
        var c = root;
        for (int i = 0; i < 17; i++)
        {
            var child = new LuaTable();
            c.RawSet(1, new LuaValue(child));
            c = child;
        }
        Assert.Equal("s:\"" + string.Concat(Enumerable.Repeat("\\x91", 16)) + "\\xc0\"", Pack(new LuaValue(root)));
    }

    [Fact]
    public void UnpackValues()
    {
        // uint64 goes through lua_pushinteger: 2^64-1 comes back as -1.
        Assert.Equal("n:-1", Unpack("\xcf\xff\xff\xff\xff\xff\xff\xff\xff"));
        Assert.Equal("d:c3e0000000000000", Unpack("\xd3\x80\0\0\0\0\0\0\x01"));
        Assert.Equal("d:3ff8000000000000", Unpack("\xca\x3f\xc0\0\0"));
        Assert.Equal("n:-2", Run(L, "cmsgpack.unpack", S("\xd1\xff\xfe"), S("\xd2\xff\xff\xff\xfe")));
        Assert.Equal("s:\"a\" s:\"abc\" s:\"ab\"", Unpack("\xa1" + "a\xd9\x03" + "abc\xda\0\x02" + "ab"));
        Assert.Equal("{s:\"a\"=n:1,s:\"b\"=n:2}", Unpack("\x82\xa1" + "a\x01\xa1" + "b\x02"));
        Assert.Equal("{n:1=n:1,n:3=n:3}", Unpack("\x93\x01\xc0\x03"));
        Assert.Equal("", Unpack(""));
        var packed = CMsgPackLibrary.Pack(Rec((S("z"), 1), (S("y"), 2), (S("x"), 3), (S("w"), Arr(1, 2)), (S("v"), S("s"))));
        Assert.Equal("{s:\"y\"=n:2,s:\"x\"=n:3,s:\"z\"=n:1,s:\"w\"={n:1=n:1,n:2=n:2},s:\"v\"=s:\"s\"}", Run(L, "cmsgpack.unpack", new LuaValue(packed)));
    }

    [Fact]
    public void UnpackErrors()
    {
        Assert.Equal("ERROR Bad data format in input.", Unpack("\xc1"));
        Assert.Equal("ERROR Bad data format in input.", Unpack("\xc4\x01" + "a"));
        Assert.Equal("ERROR Missing bytes in input.", Unpack("\xa3" + "ab"));
        Assert.Equal("ERROR table index is nil", Unpack("\x81\xc0\x01"));
        Assert.Equal("ERROR table index is NaN", Unpack("\x81\xca\x7f\xc0\0\0\x01"));
        // 5.1's C stack limit: the argument and the results so far must leave a slot free.
        Assert.Equal(7999, Unpack(new string('\x01', 7999)).Split(' ').Length);
        Assert.Equal("ERROR stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)", Unpack(new string('\x01', 8000)));
        Assert.StartsWith("{", Unpack(new string('\x91', 3999) + "\x01"));
        Assert.Equal("ERROR stack overflow (in function mp_decode_to_lua_array)", Unpack(new string('\x91', 5000) + "\x01"));
    }

    [Fact]
    public void UnpackOneAndLimit()
    {
        var three = S("\x01\x02\x03");
        Assert.Equal("n:1 n:1", Run(L, "cmsgpack.unpack_one", three));
        Assert.Equal("n:-1 n:3", Run(L, "cmsgpack.unpack_one", three, 2));
        Assert.Equal("n:-1", Run(L, "cmsgpack.unpack_one", three, 3));
        Assert.Equal("ERROR Start offset 4 greater than input length 3.", Run(L, "cmsgpack.unpack_one", three, 4));
        Assert.Equal("ERROR Invalid request to unpack with offset of -1 and limit of 3.", Run(L, "cmsgpack.unpack_one", three, -1));
        Assert.Equal("n:2 n:1 n:2", Run(L, "cmsgpack.unpack_limit", three, 2));
        Assert.Equal("n:1 n:2 n:3", Run(L, "cmsgpack.unpack_limit", three, 0));
        Assert.Equal("n:1", Run(L, "cmsgpack.unpack_limit", three, 0, 1));
        Assert.Equal("ERROR Invalid request to unpack with offset of 0 and limit of 3.", Run(L, "cmsgpack.unpack_limit", three, -1));
        Assert.Equal("ERROR bad argument #2 to 'unpack_limit' (number expected, got no value)", Run(L, "cmsgpack.unpack_limit", three));
    }
}
