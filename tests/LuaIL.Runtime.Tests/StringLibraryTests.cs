using System.Globalization;
using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.TestSupport;

namespace LuaIL.Runtime.Tests;

/// <summary>The string library against lua5.1: every expected value below was printed by lua5.1.</summary>
public class StringLibraryTests
{
    private readonly LuaState L;

    public StringLibraryTests() => L = NewState(out _);

    /// <summary>Calls string.<paramref name="name"/> and joins the results with commas (strings as Latin-1).</summary>
    private string Str(string name, params LuaValue[] args)
    {
        var lib = L.Globals.RawGet(LuaString.FromLatin1("string")).AsTable!;
        var f = lib.RawGet(LuaString.FromLatin1(name)).AsFunction!;
        var first = f.Invoke(L, args);
        return string.Join(",", L.TakeResults(first).Select(v => v.Obj is LuaString s ? s.ToLatin1() : v.ToString()));
    }

    private string StrError(string name, params LuaValue[] args) => ErrorOf(() => Str(name, args));

    private static LuaValue B(string latin1) => new(LuaString.FromLatin1(latin1));

    [Fact]
    public void ByteAndChar()
    {
        Assert.Equal("101,108,108", Str("byte", S("hello"), 2, 4));
        Assert.Equal("111", Str("byte", S("hello"), -1));
        Assert.Equal("", Str("byte", S("hello"), 10));
        Assert.Equal("104,101", Str("byte", S("hello"), 0, 2));
        Assert.Equal("AB", Str("char", 65, 66.9));
        Assert.Equal("", Str("char"));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (invalid value)", StrError("char", 65, 256));
        Assert.Equal("test.lua:5: stack overflow (string slice too long)", StrError("byte", S(new string('a', 7998)), 1, -1));
        Assert.Equal(7997, Str("byte", S(new string('a', 7997)), 1, -1).Split(',').Length);
    }

    [Fact]
    public void SubLenRepReverseCase()
    {
        Assert.Equal("fgh", Str("sub", S("abcdefgh"), -3));
        Assert.Equal("", Str("sub", S("abcdefgh"), 4, 2));
        Assert.Equal("abc", Str("sub", S("abcdefgh"), -100, 3));
        Assert.Equal("bcd", Str("sub", S("abcdefgh"), 2.7, 4.2));
        Assert.Equal("", Str("sub", S("xyz"), Math.Pow(2, 53)));
        Assert.Equal("3", Str("len", B("a\0b")));
        Assert.Equal("4", Str("len", 12.5));
        Assert.Equal("ababab", Str("rep", S("ab"), 3));
        Assert.Equal("", Str("rep", S("ab"), -1));
        Assert.Equal("121212", Str("rep", 12, 3));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (number expected, got no value)", StrError("rep", S("x")));
        Assert.Equal("olleH", Str("reverse", S("Hello")));
        Assert.Equal("HELLO \u00c8\u00e9 1", Str("upper", B("hello \u00c8\u00e9 1")));
        Assert.Equal("hello", Str("lower", S("HeLLo")));
    }

    [Fact]
    public void DumpUsesTheHook()
    {
        Assert.Equal("test.lua:5: unable to dump given function", StrError("dump", new LuaValue(new LuaNativeFunction("g", (l, _) => l.Return0()))));
        Assert.Equal("test.lua:5: bad argument #1 to 'f' (function expected, got number)", StrError("dump", 1));
        var old = LuaStringLibrary.DumpHook;
        try
        {
            LuaStringLibrary.DumpHook = _ => LuaString.FromLatin1("\u001bLua");
            Assert.Equal("\u001bLua", Str("dump", new LuaValue(new LuaNativeFunction("g", (l, _) => l.Return0()))));
        }
        finally
        {
            LuaStringLibrary.DumpHook = old;
        }
    }

    [Fact]
    public void FormatIntegers()
    {
        Assert.Equal("3", Str("format", S("%d"), 3.7));
        Assert.Equal("-3", Str("format", S("%d"), -3.7));
        Assert.Equal("   03|3    |-0003|+3| 3", Str("format", S("%5.2d|%-5d|%05d|%+d|% d"), 3, 3, -3, 3, 3));
        Assert.Equal("0xff|010|0|0", Str("format", S("%#x|%#o|%#X|%#o"), 255, 8, 0, 0));
        Assert.Equal("ffffffffffffffff|8000000000000000|8000000000000000|0", Str("format", S("%x|%x|%x|%x"), -1, double.NaN, Math.Pow(2, 63), Math.Pow(2, 64)));
        Assert.Equal("-9223372036854775808|18446744073709551613", Str("format", S("%d|%u"), 1e100, -3));
        Assert.Equal("|   |0x001|0x0000ff|    -005", Str("format", S("%.0d|%3.0d|%#.3x|%#08x|%08.3d"), 0, 0, 1, 255, -5));
    }

    [Fact]
    public void FormatCharStringQuoted()
    {
        Assert.Equal("A", Str("format", S("%c"), 321));
        Assert.Equal("", Str("format", S("%c"), 0));
        Assert.Equal("    ", Str("format", S("%5c"), 0));
        Assert.Equal("\u00ff", Str("format", S("%c"), -1));
        Assert.Equal("    a|abc  |", Str("format", S("%5.1s|%-5.3s|"), S("abc"), S("abcdef")));
        Assert.Equal("a", Str("format", S("%s"), B("a\0b")));
        Assert.Equal("12.5", Str("format", S("%s"), 12.5));
        var longWithZero = new string('a', 100) + "\0b";
        Assert.Equal(longWithZero, Str("format", S("%s"), B(longWithZero)));
        Assert.Equal("\"a\\\"b\\\\c\\\nd\\re\\000f\u0001\"", Str("format", S("%q"), B("a\"b\\c\nd\re\0f\u0001")));
        Assert.Equal("\"x\"", Str("format", S("%10q"), S("x")));
        Assert.Equal("100%", Str("format", S("100%%")));
    }

    [Fact]
    public void FormatFloats()
    {
        Assert.Equal("2|0.12|0|2", Str("format", S("%.0f|%.2f|%.0f|%.0f"), 2.5, 0.125, 0.5, 1.5));
        Assert.Equal("0.000000e+00|1.234568E+04|1e+20|0.0001|1e-05|1.00000|1E-10", Str("format", S("%e|%E|%g|%g|%g|%#g|%G"), 0, 12345.678, 1e20, 0.0001, 0.00001, 1, 1e-10));
        // 0/0 on x86 is the NaN with the sign bit set, which glibc prints as -nan.
        double negNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000));
        double posNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
        Assert.Equal("inf| -inf|-nan|nan|INF|-NAN", Str("format", S("%f|%05f|%f|%f|%E|%G"),
            double.PositiveInfinity, double.NegativeInfinity, negNaN, posNaN, double.PositiveInfinity, negNaN));
        Assert.Equal("0.10000000000000000555", Str("format", S("%.20f"), 0.1));
        Assert.Equal("3.333333333333333148296162562474e-01", Str("format", S("%.30e"), 1.0 / 3));
        Assert.Equal("-0.000000|-00001.500|3.|3.e+00|100", Str("format", S("%f|%010.3f|%#.0f|%#.0e|%.3g"), -0.0, -1.5, 3, 3, 99.95));
    }

    [Fact]
    public void FormatMatchesLua51OnGeneratedCases()
    {
        int count = 0;
        foreach (var line in StringFormatCases.Data.Split('\n'))
        {
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            double v = double.Parse(parts[0], CultureInfo.InvariantCulture);
            Assert.Equal(parts[2], Str("format", S(parts[1]), v));
            count++;
        }
        Assert.Equal(700, count);
    }

    [Fact]
    public void FormatErrors()
    {
        Assert.Equal("test.lua:5: invalid option '%y' to 'format'", StrError("format", S("%y"), 1));
        Assert.Equal("test.lua:5: invalid option '%' to 'format'", StrError("format", S("%"), 1));
        Assert.Equal("test.lua:5: invalid option '%.' to 'format'", StrError("format", S("%.3.4f"), 1));
        Assert.Equal("test.lua:5: invalid format (repeated flags)", StrError("format", S("%------5d"), 1));
        Assert.Equal("1    |", Str("format", S("%-----5d|"), 1));
        Assert.Equal("test.lua:5: invalid format (width or precision too long)", StrError("format", S("%123d"), 1));
        Assert.Equal("test.lua:5: invalid format (width or precision too long)", StrError("format", S("%1.123f"), 1));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (no value)", StrError("format", S("%d")));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (number expected, got string)", StrError("format", S("%d"), S("x")));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (string expected, got table)", StrError("format", S("%s"), new LuaTable()));
        Assert.Equal("test.lua:5: bad argument #3 to 'f' (no value)", StrError("format", S("%s %s"), 1));
    }

    [Fact]
    public void StringMetatableIndexIsTheLibrary()
    {
        var lib = L.Globals.RawGet(LuaString.FromLatin1("string"));
        Assert.True(L.StringMetatable!.RawGet(LuaString.FromLatin1("__index")).RawEquals(lib));
        Assert.True(lib.AsTable!.RawGet(LuaString.FromLatin1("gfind")).RawEquals(lib.AsTable!.RawGet(LuaString.FromLatin1("gmatch"))));
    }
}
