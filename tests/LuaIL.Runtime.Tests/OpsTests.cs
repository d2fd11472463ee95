using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.TestSupport;

namespace LuaIL.Runtime.Tests;

public class OpsTests
{
    private readonly LuaState L = NewState(out _);

    [Fact]
    public void ArithmeticCoercesNumericStrings()
    {
        Assert.Equal(15.0, LuaOps.Add(L, S("10"), 5, null, null, 1).Num);
        Assert.Equal(256.0, LuaOps.Pow(L, S("0x10"), S(" 2 "), null, null, 1).Num);
        Assert.Equal(1.0, LuaOps.Mod(L, -5, 3, null, null, 1).Num);
        Assert.Equal(-3.0, LuaOps.Unm(L, S("3"), null, 1).Num);
    }

    [Fact]
    public void ArithmeticErrorsBlameTheRightOperand()
    {
        Assert.Equal("test.lua:3: attempt to perform arithmetic on local 'x' (a nil value)",
            ErrorOf(() => LuaOps.Add(L, LuaValue.Nil, 1, "local 'x'", null, 3)));
        // The first operand converts, so 5.1 blames the second.
        Assert.Equal("test.lua:3: attempt to perform arithmetic on global 'y' (a table value)",
            ErrorOf(() => LuaOps.Mul(L, S("2"), new LuaTable(), "constant", "global 'y'", 3)));
        Assert.Equal("test.lua:4: attempt to perform arithmetic on a string value",
            ErrorOf(() => LuaOps.Sub(L, S("abc"), 1, null, null, 4)));
        Assert.Equal("test.lua:4: attempt to perform arithmetic on upvalue 'u' (a boolean value)",
            ErrorOf(() => LuaOps.Unm(L, true, "upvalue 'u'", 4)));
    }

    [Fact]
    public void ArithmeticMetamethods()
    {
        var mt = new LuaTable();
        mt.RawSet(LuaString.FromLatin1("__add"), Fn((a, b) => LuaValue.String($"add:{a.TypeName}:{b.TypeName}")));
        mt.RawSet(LuaString.FromLatin1("__unm"), Fn((a, b) => LuaValue.Boolean(a.RawEquals(b))));
        var t = new LuaTable { Metatable = mt };
        Assert.Equal("add:number:table", LuaOps.Add(L, 1, t, null, null, 1).ToString());
        Assert.Equal("add:table:number", LuaOps.Add(L, t, 1, null, null, 1).ToString());
        // 5.1 passes the operand of unary minus twice.
        Assert.True(LuaOps.Unm(L, t, null, 1).IsTruthy);
    }

    [Fact]
    public void LengthAndConcat()
    {
        Assert.Equal(2.0, LuaOps.Len(L, S("é"), null, 1).Num);
        Assert.Equal("test.lua:2: attempt to get length of a nil value", ErrorOf(() => LuaOps.Len(L, LuaValue.Nil, null, 2)));
        Assert.Equal("a1e+15", LuaOps.Concat(L, S("a"), 1e15, null, null, 1).ToString());
        Assert.Equal("0.10.5", LuaOps.Concat(L, 0.1, 0.5, null, null, 1).ToString());
        Assert.Equal("test.lua:6: attempt to concatenate local 't' (a table value)",
            ErrorOf(() => LuaOps.Concat(L, S("a"), new LuaTable(), null, "local 't'", 6)));
        Assert.Equal("test.lua:6: attempt to concatenate a nil value",
            ErrorOf(() => LuaOps.Concat(L, LuaValue.Nil, S("a"), null, null, 6)));
        Assert.Equal("ab3c", LuaOps.ConcatN(L, [S("a"), S("b"), 3, S("c")], null, 1).ToString());
    }

    [Fact]
    public void ConcatPairsFromTheRight()
    {
        var mt = new LuaTable();
        mt.RawSet(LuaString.FromLatin1("__concat"), Fn((a, b) => LuaValue.String($"[{(a.IsTable ? "t" : a.ToString())}|{(b.IsTable ? "t" : b.ToString())}]")));
        var t = new LuaTable { Metatable = mt };
        Assert.Equal("ab[t|cd]", LuaOps.ConcatN(L, [S("a"), S("b"), t, S("c"), S("d")], null, 1).ToString());
    }

    [Fact]
    public void ComparisonErrorsAndStrings()
    {
        Assert.True(LuaOps.Lt(L, S("a"), S("b"), 1));
        Assert.True(LuaOps.Le(L, S("a"), S("a"), 1));
        Assert.False(LuaOps.Lt(L, S("b\0"), S("b"), 1));
        Assert.Equal("test.lua:8: attempt to compare number with nil", ErrorOf(() => LuaOps.Lt(L, 1, LuaValue.Nil, 8)));
        Assert.Equal("test.lua:8: attempt to compare two table values", ErrorOf(() => LuaOps.Le(L, new LuaTable(), new LuaTable(), 8)));
        Assert.Equal("test.lua:8: attempt to compare string with number", ErrorOf(() => LuaOps.Lt(L, S("a"), 1, 8)));
    }

    [Fact]
    public void OrderMetamethodsNeedTheSameHandler()
    {
        var lt = Fn((a, b) => true);
        var mt1 = new LuaTable();
        mt1.RawSet(LuaString.FromLatin1("__lt"), lt);
        var mt2 = new LuaTable();
        mt2.RawSet(LuaString.FromLatin1("__lt"), lt);
        var a = new LuaTable { Metatable = mt1 };
        var b = new LuaTable { Metatable = mt2 };
        Assert.True(LuaOps.Lt(L, a, b, 1));
        // __le falls back to not __lt(b, a).
        Assert.False(LuaOps.Le(L, a, b, 1));
        var mt3 = new LuaTable();
        mt3.RawSet(LuaString.FromLatin1("__lt"), Fn((x, y) => true));
        Assert.Throws<LuaException>(() => LuaOps.Lt(L, a, new LuaTable { Metatable = mt3 }, 1));
    }

    [Fact]
    public void EqualityUsesEqOnlyForSameHandler()
    {
        var eq = Fn((a, b) => true);
        var mt = new LuaTable();
        mt.RawSet(LuaString.FromLatin1("__eq"), eq);
        var a = new LuaTable { Metatable = mt };
        var b = new LuaTable { Metatable = mt };
        Assert.True(LuaOps.Eq(L, a, b));
        Assert.False(LuaOps.Eq(L, a, new LuaTable()));
        Assert.True(LuaOps.Eq(L, S("x"), S("x")));
        Assert.False(LuaOps.Eq(L, 1, S("1")));
        // The cache of absent metamethods is invalidated by a store.
        var other = new LuaTable();
        var c = new LuaTable { Metatable = other };
        Assert.False(LuaOps.Eq(L, c, new LuaTable { Metatable = other }));
        other.RawSet(LuaString.FromLatin1("__eq"), eq);
        Assert.True(LuaOps.Eq(L, c, new LuaTable { Metatable = other }));
    }

    [Fact]
    public void IndexChainsAndErrors()
    {
        var baseT = new LuaTable();
        baseT.RawSet(LuaString.FromLatin1("k"), 42);
        var mid = new LuaTable { Metatable = new LuaTable() };
        mid.Metatable.RawSet(LuaString.FromLatin1("__index"), baseT);
        var top = new LuaTable { Metatable = new LuaTable() };
        top.Metatable.RawSet(LuaString.FromLatin1("__index"), mid);
        Assert.Equal(42.0, LuaOps.Index(L, top, S("k"), null, 1).Num);
        Assert.True(LuaOps.Index(L, top, S("missing"), null, 1).IsNil);

        var fnIndexed = new LuaTable { Metatable = new LuaTable() };
        fnIndexed.Metatable.RawSet(LuaString.FromLatin1("__index"), Fn((t, k) => LuaValue.String("got " + k)));
        Assert.Equal("got x", LuaOps.IndexStr(L, fnIndexed, LuaString.FromLatin1("x"), null, 1).ToString());

        Assert.Equal("test.lua:9: attempt to index global 'x' (a nil value)",
            ErrorOf(() => LuaOps.Index(L, LuaValue.Nil, S("a"), "global 'x'", 9)));

        var loop = new LuaTable { Metatable = new LuaTable() };
        loop.Metatable.RawSet(LuaString.FromLatin1("__index"), loop);
        Assert.Equal("test.lua:2: loop in gettable", ErrorOf(() => LuaOps.Index(L, loop, S("a"), null, 2)));
    }

    [Fact]
    public void SetIndexHonoursNewIndexAndRejectsBadKeys()
    {
        var log = new LuaTable();
        var t = new LuaTable { Metatable = new LuaTable() };
        t.Metatable.RawSet(LuaString.FromLatin1("__newindex"), log);
        LuaOps.SetIndex(L, t, S("a"), 1, null, 1);
        Assert.True(t.RawGet(LuaString.FromLatin1("a")).IsNil);
        Assert.Equal(1.0, log.RawGet(LuaString.FromLatin1("a")).Num);
        // An existing key is assigned directly.
        t.RawSet(LuaString.FromLatin1("b"), 0);
        LuaOps.SetIndex(L, t, S("b"), 2, null, 1);
        Assert.Equal(2.0, t.RawGet(LuaString.FromLatin1("b")).Num);

        Assert.Equal("test.lua:4: table index is nil", ErrorOf(() => LuaOps.SetIndex(L, new LuaTable(), LuaValue.Nil, 1, null, 4)));
        Assert.Equal("test.lua:4: table index is NaN", ErrorOf(() => LuaOps.SetIndex(L, new LuaTable(), double.NaN, 1, null, 4)));
        Assert.Equal("test.lua:4: attempt to index field 'f' (a number value)",
            ErrorOf(() => LuaOps.SetIndex(L, 5, S("a"), 1, "field 'f'", 4)));
    }

    [Fact]
    public void StringsIndexThroughTheStringMetatable()
    {
        var lib = L.StringMetatable!.RawGet(LuaString.FromLatin1("__index")).AsTable!;
        lib.RawSet(LuaString.FromLatin1("len"), 7);
        Assert.Equal(7.0, LuaOps.Index(L, S("abc"), S("len"), null, 1).Num);
    }

    [Fact]
    public void CallThroughCallMetamethodPrependsTheObject()
    {
        var t = new LuaTable { Metatable = new LuaTable() };
        t.Metatable.RawSet(LuaString.FromLatin1("__call"), Fn((self, a) => LuaValue.Boolean(self.IsTable && a.Num == 5)));
        var f = LuaOps.ToCallable(L, t, null, 1);
        Assert.True(f.Invoke(L, 5).IsTruthy);
        Assert.True(f.Invoke(L, new LuaValue[] { 5, 6, 7 }).IsTruthy);
        Assert.Equal("test.lua:3: attempt to call global 'f' (a nil value)", ErrorOf(() => LuaOps.ToCallable(L, LuaValue.Nil, "global 'f'", 3)));
    }

    [Fact]
    public void ForPrepCoercesAndReportsInOrder()
    {
        LuaValue a = S("1"), b = S("10"), c = 2;
        LuaOps.ForPrep(L, ref a, ref b, ref c, 1);
        Assert.True(a.IsNumber && b.IsNumber && a.Num == 1 && b.Num == 10);
        LuaValue x = 1, y = LuaValue.Nil, z = LuaValue.Nil;
        Assert.Equal("test.lua:5: 'for' limit must be a number", ErrorOf(() => LuaOps.ForPrep(L, ref x, ref y, ref z, 5)));
    }

    [Fact]
    public void GlobalsHonourTheEnvironmentMetatable()
    {
        var env = new LuaTable { Metatable = new LuaTable() };
        env.Metatable.RawSet(LuaString.FromLatin1("__index"), Fn((t, k) => LuaValue.String("default")));
        Assert.Equal("default", LuaOps.GetGlobal(L, env, S("nope"), 1).ToString());
        LuaOps.SetGlobal(L, env, S("v"), 3, 1);
        Assert.Equal(3.0, LuaOps.GetGlobalStr(L, env, LuaString.FromLatin1("v"), 1).Num);
    }
}
