using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.TestSupport;

namespace LuaIL.Runtime.Tests;

/// <summary>The table library against values printed by lua5.1.</summary>
public class TableLibraryTests
{
    private readonly LuaState L;

    public TableLibraryTests() => L = NewState(out _);

    private LuaValue[] Lib(string name, params LuaValue[] args)
    {
        var t = L.Globals.RawGet(LuaString.FromLatin1("table")).AsTable!;
        var f = t.RawGet(LuaString.FromLatin1(name)).AsFunction!;
        return L.TakeResults(f.Invoke(L, args));
    }

    private static LuaTable Seq(params LuaValue[] items)
    {
        var t = new LuaTable();
        for (int i = 0; i < items.Length; i++) t.RawSet(i + 1, items[i]);
        return t;
    }

    private static string Join(LuaTable t) => string.Join(",", Enumerable.Range(1, t.Length).Select(i => t.RawGet(i).ToString()));

    [Fact]
    public void InsertAppendsShiftsAndGrowsPastTheEnd()
    {
        var t = Seq(1, 2, 3);
        Lib("insert", t, S("a"));
        Lib("insert", t, 1, S("b"));
        Assert.Equal("b,1,2,3,a", Join(t));
        Lib("insert", t, 9, S("far"));
        Assert.Equal("far", t.RawGet(9).ToString());
        Assert.Equal("test.lua:5: wrong number of arguments to 'insert'", ErrorOf(() => Lib("insert", t, 1, 2, 3)));
        Assert.Equal("test.lua:5: bad argument #1 to 'f' (table expected, got nil)", ErrorOf(() => Lib("insert", LuaValue.Nil, 1)));
    }

    [Fact]
    public void RemoveReturnsNothingOutsideTheSequence()
    {
        Assert.Empty(Lib("remove", new LuaTable()));
        var t = Seq(1, 2, 3);
        Assert.Empty(Lib("remove", t, 0));
        Assert.Equal("1", Lib("remove", t, 1)[0].ToString());
        Assert.Equal("2,3", Join(t));
        Assert.Equal("3", Lib("remove", t)[0].ToString());
    }

    [Fact]
    public void ConcatFormatsNumbersAndNamesBadValues()
    {
        Assert.Equal("1-2.5-x", Lib("concat", Seq(1, 2.5, S("x")), S("-"))[0].ToString());
        Assert.Equal("", Lib("concat", Seq(1, 2), S(","), 3, 2)[0].ToString());
        Assert.Equal("test.lua:5: invalid value (table) at index 2 in table for 'concat'",
            ErrorOf(() => Lib("concat", Seq(1, new LuaTable()))));
    }

    [Fact]
    public void SortOrdersWithComparatorAndDetectsInvalidOrder()
    {
        var t = Seq(5, 1, 4, 2, 3);
        Lib("sort", t, Fn((a, b) => a.Num > b.Num));
        Assert.Equal("5,4,3,2,1", Join(t));
        var mixed = Seq(3, S("a"), 1);
        Assert.Equal("attempt to compare string with number", ErrorOf(() => Lib("sort", mixed)));
        // An error leaves sort's frame for the traceback; pcall would restore the depth.
        L.Depth = 1;
        var bad = Seq(3, 2, 1, 5, 4, 7, 6);
        Assert.Equal("test.lua:5: invalid order function for sorting", ErrorOf(() => Lib("sort", bad, Fn((a, b) => true))));
    }

    [Fact]
    public void SortCallsTheComparatorInFiveOneOrder()
    {
        // From lua5.1: table.sort({5,3,8,1,9,2,7,4,6,0}, f) with f recording "ab" for each call.
        var calls = new List<string>();
        var t = Seq(5, 3, 8, 1, 9, 2, 7, 4, 6, 0);
        Lib("sort", t, Fn((a, b) =>
        {
            calls.Add($"{a}{b}");
            return a.Num < b.Num;
        }));
        Assert.Equal("0,1,2,3,4,5,6,7,8,9", Join(t));
        Assert.Equal("05 90 59 35 85 54 15 65 57 52 65 52 97 87 98 68 88 86 67 20 40 24 32 21 32 21 43 10", string.Join(" ", calls));
    }

    [Fact]
    public void MaxnGetnSetn()
    {
        var t = new LuaTable();
        t.RawSet(3, 1);
        t.RawSet(new LuaValue(7.5), 2);
        Assert.Equal("7.5", Lib("maxn", t)[0].ToString());
        Assert.Equal("3", Lib("getn", Seq(1, 2, 3))[0].ToString());
        Assert.Equal("test.lua:5: 'setn' is obsolete", ErrorOf(() => Lib("setn", t, 1)));
    }
}
