using System.Text;
using LuaIL.Runtime;

namespace LuaIL.Runtime.Tests;

public class NumberParsingTests
{
    private static string? Parse(string s)
        => LuaConvert.TryParseNumber(Encoding.Latin1.GetBytes(s), out double d) ? LuaConvert.NumberToString(d) : null;

    // Expected values are what lua5.1's tonumber printed for the same strings.
    [Theory]
    [InlineData("1", "1")]
    [InlineData("  1.5  ", "1.5")]
    [InlineData("\t-2e3\n", "-2000")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("1e+2", "100")]
    [InlineData("0x10", "16")]
    [InlineData(" 0x1A ", "26")]
    [InlineData("-0x10", "-16")]
    [InlineData("0x1p4", "16")]
    [InlineData("0x.8", "0.5")]
    [InlineData("inf", "inf")]
    [InlineData("-INF", "-inf")]
    [InlineData("infinity", "inf")]
    [InlineData("nan", "nan")]
    [InlineData("-nan", "-nan")]
    [InlineData("1e400", "inf")]
    [InlineData("1\0junk", "1")]
    public void Accepts(string s, string expected) => Assert.Equal(expected, Parse(s));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1e")]
    [InlineData("0x")]
    [InlineData("1x")]
    [InlineData("1 2")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("e5")]
    [InlineData("--1")]
    public void Rejects(string s) => Assert.Null(Parse(s));

    [Theory]
    [InlineData("ff", 16, "255")]
    [InlineData("0xff", 16, "255")]
    [InlineData("-ff", 16, "1.844674407371e+19")]
    [InlineData("zz", 36, "1295")]
    [InlineData("  11  ", 2, "3")]
    [InlineData("8", 8, null)]
    [InlineData("", 10, null)]
    public void ParsesWithBase(string s, int radix, string? expected)
    {
        string? actual = LuaConvert.TryParseUnsigned(Encoding.Latin1.GetBytes(s), radix, out double d) ? LuaConvert.NumberToString(d) : null;
        Assert.Equal(expected, actual);
    }
}
