using System.Runtime.CompilerServices;
using LuaIL.Runtime;

namespace LuaIL.Runtime.Tests;

public class LuaCollectorTests
{
    private static LuaValue S(string s) => LuaValue.String(s);

    private static LuaTable Weak(LuaState L, string mode)
    {
        var mt = new LuaTable();
        mt.RawSet(S("__mode"), S(mode));
        var t = new LuaTable { Metatable = mt };
        L.Collector.NoteMetatable(t, mt);
        return t;
    }

    // Garbage is made in frames that have returned, so no .NET local still refers to it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGarbageKeys(LuaTable t, int n)
    {
        for (int i = 0; i < n; i++) t.RawSet(new LuaValue(new LuaTable()), i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGarbageValues(LuaTable t, int from, int n)
    {
        for (int i = from; i < from + n; i++) t.RawSet(i, new LuaValue(new LuaTable()));
    }

    private static List<string> Keys(LuaTable t)
    {
        var keys = new List<string>();
        var k = LuaValue.Nil;
        while (t.Next(ref k, out _)) keys.Add(k.IsTable ? "table" : LuaConvert.ToDisplayString(k));
        return keys;
    }

    // The values in traversal order, of the keys in kept (all keys when null); in its own frame, as the
    // keys it visits must not stay in a local of the test.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<double> ValuesOf(LuaTable t, List<LuaTable>? kept)
    {
        var values = new List<double>();
        var key = LuaValue.Nil;
        while (t.Next(ref key, out var v)) if (kept is null || kept.Contains(key.AsTable!)) values.Add(v.Num);
        return values;
    }

    [Fact]
    public void WeakKeysLoseOnlyUnreferencedObjects()
    {
        var L = new LuaState();
        var t = Weak(L, "k");
        var kept = new LuaTable();
        t.RawSet(new LuaValue(kept), 1);
        t.RawSet(S("s"), new LuaValue(new LuaTable()));
        t.RawSet(7, 7);
        AddGarbageKeys(t, 20);
        L.Collector.Collect(null);
        Assert.Equal(3, Keys(t).Count);
        Assert.Equal(1, t.RawGet(new LuaValue(kept)).Num);
        Assert.True(t.RawGet(S("s")).IsTable);
    }

    [Fact]
    public void WeakValuesGoFromBothParts()
    {
        var L = new LuaState();
        var t = Weak(L, "v");
        var kept = new LuaTable();
        AddGarbageValues(t, 1, 4);
        t.RawSet(S("x"), new LuaValue(kept));
        t.RawSet(S("str"), S("never removed"));
        AddGarbageValues(t, 100, 4);
        L.Collector.Collect(null);
        Assert.Equal(["str", "x"], Keys(t).Order());
        Assert.Same(kept, t.RawGet(S("x")).AsTable);
    }

    [Fact]
    public void SurvivorsKeepTheirOrder()
    {
        var L = new LuaState();
        var t = Weak(L, "k");
        var kept = new List<LuaTable>();
        for (int i = 0; i < 12; i++)
        {
            var k = new LuaTable();
            kept.Add(k);
            t.RawSet(new LuaValue(k), i);
            AddGarbageKeys(t, 1);
        }
        var before = ValuesOf(t, kept);
        L.Collector.Collect(null);
        var after = ValuesOf(t, null);
        Assert.Equal(before, after);
        GC.KeepAlive(kept);
    }

    [Fact]
    public void ModeSetAfterSetmetatableCounts()
    {
        var L = new LuaState();
        var mt = new LuaTable();
        var t = new LuaTable { Metatable = mt };
        L.Collector.NoteMetatable(t, mt);
        mt.RawSet(S("__mode"), S("k"));
        AddGarbageKeys(t, 5);
        L.Collector.Collect(null);
        Assert.Empty(Keys(t));
    }

    [Fact]
    public void TablesWithoutModeKeepEverything()
    {
        var L = new LuaState();
        var mt = new LuaTable();
        var t = new LuaTable { Metatable = mt };
        L.Collector.NoteMetatable(t, mt);
        AddGarbageKeys(t, 5);
        L.Collector.Collect(null);
        Assert.Equal(5, Keys(t).Count);
    }
}
