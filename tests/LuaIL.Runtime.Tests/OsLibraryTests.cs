using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.TestSupport;

namespace LuaIL.Runtime.Tests;

/// <summary>The os library's time conversions (UTC, so independent of the machine's zone) against lua5.1.</summary>
public class OsLibraryTests
{
    private readonly LuaState L;

    public OsLibraryTests() => L = NewState(out _);

    private LuaValue[] Os(string name, params LuaValue[] args)
    {
        var t = L.Globals.RawGet(LuaString.FromLatin1("os")).AsTable!;
        var f = t.RawGet(LuaString.FromLatin1(name)).AsFunction!;
        return L.TakeResults(f.Invoke(L, args));
    }

    [Theory]
    [InlineData("!%c", 1234567890, "Fri Feb 13 23:31:30 2009")]
    [InlineData("!%G-W%V-%u", 1230768000, "2009-W01-4")]
    [InlineData("!%Y|%C|%y", -62309034000, "-5|-1|95")]
    [InlineData("!%E|%5|%", 0, "%E|   %5|%")]
    [InlineData("!%j %U %W %Z %z", 1609459199, "366 52 52 GMT +0000")]
    public void DateFormatsAsGlibc(string format, double time, string expected)
        => Assert.Equal(expected, Os("date", S(format), time)[0].ToString());

    [Fact]
    public void DateTableAndOutOfRange()
    {
        var t = Os("date", S("!*t"), 1700000000)[0].AsTable!;
        Assert.Equal("2023 11 14 22 13 20 3 318 false", string.Join(" ",
            new[] { "year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst" }.Select(k => t.RawGet(LuaString.FromLatin1(k)).ToString())));
        Assert.True(Os("date", S("!%Y"), Math.Pow(2, 60))[0].IsNil);
    }

    [Fact]
    public void MakeTimeNormalisesFields()
    {
        // lua5.1 in UTC: os.time{year=2024, month=14, day=-3, hour=25, min=61, sec=-1}
        Assert.Equal(1738116059, LuaTime.MakeTime(2024, 14, -3, 25, 61, -1, -1) - LocalOffset());
        Assert.Equal(-62130456000, LuaTime.MakeTime(1, 3, 1, 12, 0, 0, -1) - LocalOffset());
    }

    private static long LocalOffset() => 0 - (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;

    [Fact]
    public void TimeReportsMissingFields()
    {
        var t = new LuaTable();
        t.RawSet(LuaString.FromLatin1("year"), 2000);
        Assert.Equal("test.lua:5: field 'day' missing in date table", ErrorOf(() => Os("time", t)));
    }

    [Fact]
    public void RemoveAndRenameReturnTheErrnoTriple()
    {
        var r = Os("remove", S("/nonexistent_luail/x"));
        Assert.Equal("nil|/nonexistent_luail/x: No such file or directory|2", string.Join("|", r.Select(v => v.ToString())));
        r = Os("rename", S("/nonexistent_luail/x"), S("y"));
        Assert.Equal("nil|/nonexistent_luail/x: No such file or directory|2", string.Join("|", r.Select(v => v.ToString())));
    }
}
