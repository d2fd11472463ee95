using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.TestSupport;

namespace LuaIL.Runtime.Tests;

/// <summary>The math library against values printed by lua5.1 (glibc, x86-64).</summary>
public class MathLibraryTests
{
    private readonly LuaState L;

    public MathLibraryTests() => L = NewState(out _);

    private string Math(string name, params LuaValue[] args)
    {
        var t = L.Globals.RawGet(LuaString.FromLatin1("math")).AsTable!;
        var f = t.RawGet(LuaString.FromLatin1(name)).AsFunction!;
        return string.Join(" ", L.TakeResults(f.Invoke(L, args)).Select(v => v.ToString()));
    }

    [Fact]
    public void RandomMatchesGlibcRand()
    {
        Math("randomseed", 7);
        Assert.Equal("487", Math("random", 1000));
        Assert.Equal("868", Math("random", 1000));
        Assert.Equal("0.59259119424624", Math("random"));
        Math("randomseed", 42);
        Assert.Equal("4", Math("random", 1, 100));
        Assert.Equal("33", Math("random", 1, 100));
        // Seeds 0 and 2^40 both become srand(1) (0 is replaced by 1; 2^40 truncates to 0).
        Math("randomseed", 1099511627776.0);
        Assert.Equal("841", Math("random", 1000));
    }

    [Fact]
    public void RandomArgumentErrors()
    {
        Assert.Equal("test.lua:5: bad argument #1 to 'f' (interval is empty)", ErrorOf(() => Math("random", 0)));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (interval is empty)", ErrorOf(() => Math("random", 2, 1)));
        Assert.Equal("test.lua:5: wrong number of arguments", ErrorOf(() => Math("random", 1, 2, 3)));
    }

    [Fact]
    public void NegativeZeroAndSpecialValues()
    {
        Assert.Equal("-5 -0", Math("modf", -5));
        Assert.Equal("-3 -0.7", Math("modf", -3.7));
        Assert.Equal("-0", Math("ceil", -0.5));
        Assert.Equal("-0", Math("fmod", -6, 3));
        Assert.Equal("-nan", Math("log", -1));
        Assert.Equal("0.57526180315594 -1029", Math("frexp", 1e-310));
        Assert.Equal("-0.75 2", Math("frexp", -3));
        Assert.Equal("12", Math("ldexp", 1.5, S("3")));
    }

    [Fact]
    public void MaxMinKeepTheFirstOfEqualArguments()
    {
        Assert.Equal("-0", Math("max", -0.0, 0.0));
        Assert.Equal("0", Math("min", 0.0, -0.0));
        Assert.Equal("10", Math("max", 3, S("10")));
        Assert.Equal("test.lua:5: bad argument #1 to 'f' (number expected, got no value)", ErrorOf(() => Math("max")));
    }
}
