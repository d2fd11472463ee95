namespace LuaIL.Runtime;

/// <summary>Lua 5.1's base library (<c>lbaselib.c</c>): print, type, tostring, tonumber, pairs, ipairs, next, select, unpack, raw access, metatables, error, pcall, xpcall, assert.</summary>
public static partial class LuaBaseLibrary
{
    // Interned like the constants compiled code compares them with, so `type(v) == "table"` is a
    // reference compare instead of a byte compare.
    internal static readonly LuaString[] TypeNames =
        Enum.GetValues<LuaType>().Select(t => LuaString.Intern(LuaTypes.Name(t))).ToArray();

    private static readonly LuaString TostringName = LuaString.FromLatin1("tostring");
    private static readonly LuaString AssertionFailed = LuaString.FromLatin1("assertion failed!");
    private static readonly LuaString ErrorInErrorHandling = LuaString.FromLatin1("error in error handling");

    // The functions other functions hand out or call (pairs returns next, ipairs its iterator),
    // shared by all states because they hold no state of their own.
    private static readonly LuaNativeFunction NextFn = new("next", Next);
    // 5.1's pairs hands out its own closure of next (an upvalue made at open time): pairs(t) ~= next.
    private static readonly LuaNativeFunction PairsNextFn = new("next", Next);
    private static readonly LuaNativeFunction IpairsAuxFn = new("?", IpairsAux);
    private static readonly LuaNativeFunction PrintFn = new("print", Print);
    private static readonly LuaNativeFunction TostringFn = new("tostring", Tostring);
    private static readonly LuaNativeFunction PcallFn = new("pcall", Pcall);
    private static readonly LuaNativeFunction XpcallFn = new("xpcall", Xpcall);

    /// <summary>The one <c>select</c>: generated code compares the callee with it before reading <c>select(i, ...)</c> from the vararg window itself.</summary>
    public static readonly LuaNativeFunction SelectFunction = new("select", Select);

    public static void Open(LuaState L)
    {
        var g = L.Globals;
        g.RawSet(LuaString.Intern("_G"), new LuaValue(g));
        g.RawSet(LuaString.Intern("_VERSION"), new LuaValue(LuaString.FromLatin1("Lua 5.1")));
        foreach (var f in new[] { NextFn, PrintFn, TostringFn, PcallFn, XpcallFn, SelectFunction })
            g.RawSet(LuaString.Intern(f.Name), new LuaValue(f));
        g.RawSet(LuaString.Intern("type"), new LuaValue(new LuaTypeFunction(Type)));
        LuaStandardLibrary.Register(g, "tonumber", Tonumber);
        LuaStandardLibrary.Register(g, "pairs", Pairs);
        LuaStandardLibrary.Register(g, "ipairs", Ipairs);
        LuaStandardLibrary.Register(g, "unpack", Unpack);
        LuaStandardLibrary.Register(g, "rawget", Rawget);
        LuaStandardLibrary.Register(g, "rawset", Rawset);
        LuaStandardLibrary.Register(g, "rawequal", Rawequal);
        LuaStandardLibrary.Register(g, "setmetatable", Setmetatable);
        LuaStandardLibrary.Register(g, "getmetatable", Getmetatable);
        LuaStandardLibrary.Register(g, "error", Error);
        LuaStandardLibrary.Register(g, "assert", Assert);
    }

    private static LuaValue Type(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(new LuaValue(TypeNames[(int)LuaArgs.CheckAny(L, args, 1).Type]));

    private static LuaValue Next(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        var key = LuaArgs.Arg(args, 2);
        return t.Next(ref key, out var value) ? L.Return2(key, value) : L.Return1(default);
    }

    private static LuaValue Pairs(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        return L.Return3(new LuaValue(PairsNextFn), new LuaValue(t), default);
    }

    private static LuaValue Ipairs(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        return L.Return3(new LuaValue(IpairsAuxFn), new LuaValue(t), new LuaValue(0));
    }

    private static LuaValue IpairsAux(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        int i = LuaArgs.CheckInt(L, args, 2);
        var t = LuaArgs.CheckTable(L, args, 1);
        i++;
        var v = t.RawGet(i);
        return v.IsNil ? L.Return0() : L.Return2(new LuaValue(i), v);
    }

    private static LuaValue Select(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        int n = args.Length;
        if (n > 0 && args[0].Obj is LuaString s && s.Length > 0 && s[0] == '#') return L.Return1(new LuaValue(n - 1));
        int i = LuaArgs.CheckInt(L, args, 1);
        if (i < 0) i = n + i;
        else if (i > n) i = n;
        if (i < 1) throw LuaArgs.ArgError(L, 1, "index out of range");
        return L.ReturnMany(args[i..]);
    }

    private static LuaValue Unpack(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        int i = LuaArgs.OptInt(L, args, 2, 1);
        int e = LuaArgs.IsNoneOrNil(args, 3) ? t.Length : LuaArgs.CheckInt(L, args, 3);
        if (i > e) return L.Return0();
        long n = (long)e - i + 1;
        // lua_checkstack refuses more than LUAI_MAXCSTACK (8000) slots in a C function.
        if (n >= int.MaxValue || n + args.Length > 8000) throw LuaErrors.Error(L, 1, "too many results to unpack");
        var r = L.ReserveResults((int)n);
        for (int k = 0; k < n; k++) r[k] = t.RawGet(i + k);
        L.NRet = (int)n;
        return r[0];
    }

    private static LuaValue Rawget(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        return L.Return1(t.RawGet(LuaArgs.CheckAny(L, args, 2)));
    }

    private static LuaValue Rawset(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        var key = LuaArgs.CheckAny(L, args, 2);
        var value = LuaArgs.CheckAny(L, args, 3);
        t.Slot(key) = value;
        return L.Return1(new LuaValue(t));
    }

    private static LuaValue Rawequal(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var a = LuaArgs.CheckAny(L, args, 1);
        var b = LuaArgs.CheckAny(L, args, 2);
        return L.Return1(LuaValue.Boolean(a.RawEquals(b)));
    }

    private static LuaValue Setmetatable(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        var mtArg = LuaArgs.Arg(args, 2);
        if (args.Length < 2 || !(mtArg.IsNil || mtArg.IsTable)) throw LuaArgs.ArgError(L, 2, "nil or table expected");
        if (t.Metatable is { } old && !old.RawGet(LuaMetaNames.Metatable).IsNil)
            throw LuaErrors.Error(L, 1, "cannot change a protected metatable");
        t.Metatable = mtArg.AsTable;
        L.Collector.NoteMetatable(t, t.Metatable);
        return L.Return1(new LuaValue(t));
    }

    private static LuaValue Getmetatable(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var mt = LuaOps.GetMetatable(L, LuaArgs.CheckAny(L, args, 1));
        if (mt is null) return L.Return1(default);
        var protectedValue = mt.RawGet(LuaMetaNames.Metatable);
        return L.Return1(protectedValue.IsNil ? new LuaValue(mt) : protectedValue);
    }

    private static LuaValue Assert(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (!LuaArgs.CheckAny(L, args, 1).IsTruthy)
            throw LuaArgs.Error(L, LuaArgs.OptString(L, args, 2, AssertionFailed));
        return L.ReturnMany(args);
    }

    private static LuaValue Error(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        int level = LuaArgs.OptInt(L, args, 2, 1);
        var v = LuaArgs.Arg(args, 1);
        // lua_isstring is true for numbers too: they get the position and become strings.
        if (level > 0 && LuaConvert.ToLuaString(v) is { } s)
            v = new LuaValue(LuaString.Concat(LuaString.From(L.Where(level)), s));
        throw new LuaException(v);
    }
}
