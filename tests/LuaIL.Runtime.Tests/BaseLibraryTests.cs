using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.TestSupport;

namespace LuaIL.Runtime.Tests;

public class BaseLibraryTests
{
    private readonly LuaState L;
    private readonly MemoryStream _out;

    public BaseLibraryTests() => L = NewState(out _out);

    private static string Show(LuaValue[] values) => string.Join(",", values.Select(v => v.ToString()));

    [Fact]
    public void LibraryNamesAreTheInternedStringsCompiledConstantsUse()
    {
        // A global or field read compares its constant key by reference first (and a global
        // read's inline cache only by reference), so a name stored as another object is slow.
        var notInterned = new List<string>();
        void Check(LuaTable t, string prefix)
        {
            var key = LuaValue.Nil;
            while (t.Next(ref key, out var value))
            {
                if (key.Obj is not LuaString s) continue;
                if (!ReferenceEquals(s, LuaString.Intern(s.ToLatin1()))) notInterned.Add(prefix + s);
                if (prefix.Length == 0 && value.Obj is LuaTable lib && lib != L.Globals) Check(lib, s + ".");
            }
        }
        Check(L.Globals, "");
        Assert.Empty(notInterned);
    }

    [Fact]
    public void PrintUsesTabsNewlineAndStopsAtZeroByte()
    {
        Call(L, "print", 1, S("a\0b"), LuaValue.Nil, true, 0.1);
        Call(L, "print");
        Assert.Equal("1\ta\tnil\ttrue\t0.1\n\n", Text(_out));
    }

    [Fact]
    public void PrintCallsTheGlobalTostring()
    {
        L.Globals.RawSet(LuaString.FromLatin1("tostring"), Fn((v, _) => LuaValue.String("<" + v.TypeName + ">")));
        Call(L, "print", 1, S("x"));
        Assert.Equal("<number>\t<string>\n", Text(_out));
        L.Globals.RawSet(LuaString.FromLatin1("tostring"), Fn((v, _) => new LuaTable()));
        Assert.Equal("test.lua:5: 'tostring' must return a string to 'print'", ErrorOf(() => Call(L, "print", 1)));
    }

    [Fact]
    public void TostringAndType()
    {
        Assert.Equal("1e+15", Show(Call(L, "tostring", 1e15)));
        Assert.Equal("nil", Show(Call(L, "tostring", LuaValue.Nil)));
        var t = new LuaTable { Metatable = new LuaTable() };
        t.Metatable.RawSet(LuaMetaNames.ToStringName, Fn((v, _) => LuaValue.String("custom")));
        Assert.Equal("custom", Show(Call(L, "tostring", t)));
        Assert.Equal("table", Show(Call(L, "type", t)));
        Assert.Equal("test.lua:5: bad argument #1 to 'f' (value expected)", ErrorOf(() => Call(L, "type")));
    }

    [Fact]
    public void Tonumber()
    {
        Assert.Equal("16", Show(Call(L, "tonumber", S("0x10"))));
        Assert.Equal("nil", Show(Call(L, "tonumber", S("1e"))));
        Assert.Equal("nil", Show(Call(L, "tonumber", new LuaTable())));
        Assert.Equal("1.844674407371e+19", Show(Call(L, "tonumber", S("-ff"), 16)));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (base out of range)", ErrorOf(() => Call(L, "tonumber", S("1"), 1)));
    }

    [Fact]
    public void Select()
    {
        Assert.Equal("3", Show(Call(L, "select", S("#"), 1, 2, 3)));
        Assert.Equal("2,3", Show(Call(L, "select", 2, S("a"), 2, 3)));
        Assert.Equal("3", Show(Call(L, "select", -1, 1, 2, 3)));
        Assert.Equal("test.lua:5: bad argument #1 to 'f' (index out of range)", ErrorOf(() => Call(L, "select", 0, 1)));
    }

    [Fact]
    public void MethodCallsShiftArgumentNumbers()
    {
        var method = NewState(out _, site: 1);
        Assert.Equal("test.lua:7: calling 'push' on bad self (table expected, got no value)", ErrorOf(() => Call(method, "ipairs")));
        var unnamed = NewState(out _, site: 3);
        Assert.Equal("test.lua:11: bad argument #1 to '?' (table expected, got no value)", ErrorOf(() => Call(unnamed, "pairs")));
    }

    [Fact]
    public void UnpackAndIteration()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 3; i++) t.RawSet(i, i * 10);
        Assert.Equal("10,20,30", Show(Call(L, "unpack", t)));
        Assert.Equal("20,30,nil", Show(Call(L, "unpack", t, 2, 4)));
        Assert.Equal("", Show(Call(L, "unpack", t, 3, 2)));
        Assert.Equal("test.lua:5: too many results to unpack", ErrorOf(() => Call(L, "unpack", t, 1, 1e5)));

        var ip = Call(L, "ipairs", t);
        var step = ip[0].AsFunction!;
        var first = step.Invoke(L, ip[1], ip[2]);
        Assert.Equal("1,10", Show(L.TakeResults(first)));
        var end = step.Invoke(L, ip[1], 3);
        Assert.Equal(0, L.NRet);

        Assert.Equal("1,10", Show(Call(L, "next", t)));
        Assert.Equal("invalid key to 'next'", ErrorOf(() => Call(L, "next", t, S("zz"))));
    }

    [Fact]
    public void Metatables()
    {
        var t = new LuaTable();
        var mt = new LuaTable();
        Assert.Same(t, Call(L, "setmetatable", t, mt)[0].AsTable);
        Assert.Same(mt, Call(L, "getmetatable", t)[0].AsTable);
        mt.RawSet(LuaMetaNames.Metatable, S("locked"));
        Assert.Equal("locked", Show(Call(L, "getmetatable", t)));
        Assert.Equal("test.lua:5: cannot change a protected metatable", ErrorOf(() => Call(L, "setmetatable", t, new LuaTable())));
        Assert.Equal("test.lua:5: bad argument #2 to 'f' (nil or table expected)", ErrorOf(() => Call(L, "setmetatable", new LuaTable(), 1)));
        Assert.Same(L.StringMetatable, Call(L, "getmetatable", S("s"))[0].AsTable);
    }

    [Fact]
    public void ErrorAddsPositionToStringsAndNumbersOnly()
    {
        Assert.Equal("test.lua:5: boom", ErrorOf(() => Call(L, "error", S("boom"))));
        var e = Assert.Throws<LuaException>(() => Call(L, "error", 42));
        Assert.Equal("test.lua:5: 42", e.Value.ToString());
        Assert.True(e.Value.IsString);
        Assert.Equal("boom", ErrorOf(() => Call(L, "error", S("boom"), 0)));
        var t = new LuaTable();
        Assert.Same(t, Assert.Throws<LuaException>(() => Call(L, "error", t)).Value.AsTable);
    }

    [Fact]
    public void PcallCatchesAndReturnsAllResults()
    {
        var errorFn = L.Globals.RawGet(LuaString.FromLatin1("error"));
        // error called directly by pcall has no Lua caller to blame: no position.
        Assert.Equal("false,msg", Show(Call(L, "pcall", errorFn, S("msg"))));
        Assert.Equal("false,42", Show(Call(L, "pcall", errorFn, 42)));
        var multi = new LuaNativeFunction("m", (L, a) => L.Return3(1, 2, 3));
        Assert.Equal("true,1,2,3", Show(Call(L, "pcall", multi)));
        Assert.Equal("false,attempt to call a nil value", Show(Call(L, "pcall", LuaValue.Nil)));
        Assert.Equal(1, L.Depth);
    }

    [Fact]
    public void XpcallRunsTheHandler()
    {
        var errorFn = L.Globals.RawGet(LuaString.FromLatin1("error"));
        var thrower = new LuaNativeFunction("t", (L, a) => throw new LuaException("x"));
        Assert.Equal("false,x!", Show(Call(L, "xpcall", thrower, Fn((m, _) => LuaValue.String(m + "!")))));
        Assert.Equal("false,error in error handling", Show(Call(L, "xpcall", thrower, errorFn)));
        Assert.Equal(1, L.Depth);
    }

    [Fact]
    public void AssertMessages()
    {
        Assert.Equal("test.lua:5: assertion failed!", ErrorOf(() => Call(L, "assert", false)));
        Assert.Equal("test.lua:5: m", ErrorOf(() => Call(L, "assert", LuaValue.Nil, S("m"))));
        Assert.Equal("1,2", Show(Call(L, "assert", 1, 2)));
    }

    [Fact]
    public void RawAccessAndGlobals()
    {
        var t = new LuaTable { Metatable = new LuaTable() };
        t.Metatable.RawSet(LuaString.FromLatin1("__index"), Fn((a, b) => 1));
        Assert.Equal("nil", Show(Call(L, "rawget", t, S("k"))));
        Call(L, "rawset", t, S("k"), 2);
        Assert.Equal("2", Show(Call(L, "rawget", t, S("k"))));
        Assert.Equal("table index is nil", ErrorOf(() => Call(L, "rawset", t, LuaValue.Nil, 1)));
        Assert.Equal("true", Show(Call(L, "rawequal", S("a"), S("a"))));
        Assert.Equal("Lua 5.1", L.Globals.RawGet(LuaString.FromLatin1("_VERSION")).ToString());
        Assert.Same(L.Globals, L.Globals.RawGet(LuaString.FromLatin1("_G")).AsTable);
    }
}
