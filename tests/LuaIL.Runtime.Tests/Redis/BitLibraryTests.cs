using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.Redis.RedisLibTestSupport;

namespace LuaIL.Runtime.Tests.Redis;

/// <summary>bit.* against values captured from Redis 7.0.15 (tests/redis/capture-lib-expectations.sh).</summary>
public class BitLibraryTests
{
    private readonly LuaState L = NewState();

    [Theory]
    [InlineData(0.5, "n:0")]
    [InlineData(1.5, "n:2")]
    [InlineData(2.5, "n:2")]
    [InlineData(-1.5, "n:-2")]
    [InlineData(2147483648.0, "n:-2147483648")]
    [InlineData(4294967297.0, "n:1")]
    [InlineData(-2147483649.0, "n:2147483647")]
    [InlineData(4503599627370497.0, "n:0")]
    [InlineData(9007199254740994.0, "n:1")]
    [InlineData(12345678901234.0, "n:1942892530")]
    [InlineData(4294967295.5, "n:0")]
    [InlineData(double.PositiveInfinity, "n:0")]
    [InlineData(double.NaN, "n:0")]
    public void ToBitNormalisesAsLuaBitOp(double n, string expected) => Assert.Equal(expected, Run(L, "bit.tobit", n));

    [Fact]
    public void ToBitTakesNumericStringsAndRejectsOthers()
    {
        Assert.Equal("n:16", Run(L, "bit.tobit", S("0x10")));
        Assert.Equal("ERROR bad argument #1 to 'tobit' (number expected, got string)", Run(L, "bit.tobit", S("abc")));
        Assert.Equal("ERROR bad argument #1 to 'tobit' (number expected, got no value)", Run(L, "bit.tobit"));
    }

    [Fact]
    public void Operations()
    {
        Assert.Equal("n:-6", Run(L, "bit.bnot", 5));
        Assert.Equal("n:3", Run(L, "bit.band", 255, 15, 3));
        Assert.Equal("n:15", Run(L, "bit.bor", 1, 2, 4, 8));
        Assert.Equal("n:2", Run(L, "bit.bxor", 1, 3));
        Assert.Equal("ERROR bad argument #2 to 'bor' (number expected, got nil)", Run(L, "bit.bor", 1, Nil, 2));
        Assert.Equal("n:-2147483648", Run(L, "bit.lshift", 1, 31));
        Assert.Equal("n:2", Run(L, "bit.lshift", 1, 33));
        Assert.Equal("n:-2147483648", Run(L, "bit.lshift", 1, -1));
        Assert.Equal("n:2147483647", Run(L, "bit.rshift", -1, 1));
        Assert.Equal("n:-16", Run(L, "bit.arshift", -256, 4));
        Assert.Equal("n:591751041", Run(L, "bit.rol", 305419896, 4));
        Assert.Equal("n:-2128394905", Run(L, "bit.ror", 305419896, 4));
        Assert.Equal("n:305419896", Run(L, "bit.ror", 305419896, 32));
        Assert.Equal("n:2018915346", Run(L, "bit.bswap", 305419896));
    }

    [Fact]
    public void ToHex()
    {
        Assert.Equal("s:\"ffffffff\"", Run(L, "bit.tohex", -1));
        Assert.Equal("s:\"ff\"", Run(L, "bit.tohex", 255, 2));
        Assert.Equal("s:\"FF\"", Run(L, "bit.tohex", 255, -2));
        Assert.Equal("s:\"\"", Run(L, "bit.tohex", 255, 0));
        Assert.Equal("s:\"FFFFFFFF\"", Run(L, "bit.tohex", -1, -16));
        // CVE-2024-31449: Redis clamps n = INT32_MIN before negating it.
        Assert.Equal("s:\"0000FFFF\"", Run(L, "bit.tohex", 65535, -2147483648.0));
        Assert.Equal("ERROR bad argument #2 to 'tohex' (number expected, got nil)", Run(L, "bit.tohex", 1, Nil));
    }
}
