namespace LuaIL.Runtime;

/// <summary>Lua 5.1's string library (<c>lstrlib.c</c>), byte-exact: byte, char, dump, find, format, gfind, gmatch, gsub, len, lower, match, rep, reverse, sub, upper.</summary>
/// <remarks>
/// Strings are bytes; case mapping and character classes are those of the C locale. Positions
/// are 5.1's: 1-based, negative from the end, converted from numbers as <c>luaL_checkinteger</c>
/// does. Functions shared by all states are immutable, so states on different threads share them.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // stack buffers are written before they are read: zeroing them (up to 1 KB a call) is waste
public static partial class LuaStringLibrary
{
    /// <summary>
    /// Produces the bytes of <c>string.dump</c> for a function, or null when it cannot be dumped.
    /// The compiler sets it to dump compiled Lua functions; unset, every function raises
    /// <c>unable to dump given function</c> (as 5.1 does for C functions).
    /// </summary>
    public static Func<LuaFunction, LuaString?>? DumpHook { get; set; }

    // Functions that call back into Lua enter a frame of their own (tracebacks show them as 5.1 shows C functions).
    private static readonly LuaNativeFunction GsubFn = new("gsub", Gsub);

    // One-byte strings, shared: immutable, and what gmatch(".") and per-character gsub produce.
    private static readonly LuaString[] SingleBytes = BuildSingleBytes();

    private static LuaString[] BuildSingleBytes()
    {
        var t = new LuaString[256];
        for (int i = 0; i < 256; i++) t[i] = new LuaString([(byte)i]);
        return t;
    }

    /// <summary>Creates the global <c>string</c> table and makes it the <c>__index</c> of the string metatable.</summary>
    public static void Open(LuaState L)
    {
        var t = new LuaTable();
        t.RawSet(LuaString.Intern("byte"), new LuaValue(new ByteFunction()));
        LuaStandardLibrary.Register(t, "char", Char);
        LuaStandardLibrary.Register(t, "dump", Dump);
        t.RawSet(LuaString.Intern("find"), new LuaValue(new FindFunction(find: true)));
        LuaStandardLibrary.Register(t, "format", Format);
        // 5.1 is built with LUA_COMPAT_GFIND: gfind is gmatch under its old name.
        var gmatch = LuaStandardLibrary.Register(t, "gmatch", Gmatch);
        t.RawSet(LuaString.Intern("gfind"), new LuaValue(gmatch));
        t.RawSet(LuaString.Intern("gsub"), new LuaValue(GsubFn));
        LuaStandardLibrary.Register(t, "len", Len);
        LuaStandardLibrary.Register(t, "lower", Lower);
        t.RawSet(LuaString.Intern("match"), new LuaValue(new FindFunction(find: false)));
        LuaStandardLibrary.Register(t, "rep", Rep);
        LuaStandardLibrary.Register(t, "reverse", Reverse);
        t.RawSet(LuaString.Intern("sub"), new LuaValue(new SubFunction()));
        LuaStandardLibrary.Register(t, "upper", Upper);
        L.Globals.RawSet(LuaString.Intern("string"), new LuaValue(t));
        var mt = L.StringMetatable ??= new LuaTable();
        mt.RawSet(LuaMetaNames.Get(LuaMetaEvent.Index), new LuaValue(t));
    }

    /// <summary>The bytes [start, start+length) of <paramref name="s"/> as a Lua string, sharing when possible.</summary>
    internal static LuaString Substring(LuaString s, int start, int length)
    {
        if (length == s.Length) return s;
        if (length == 0) return LuaString.Empty;
        if (length == 1) return SingleBytes[s[start]];
        return LuaString.FromSlice(s.Span, start, length);
    }

    internal static LuaString Substring(ReadOnlySpan<byte> s, int start, int length)
    {
        if (length == 0) return LuaString.Empty;
        if (length == 1) return SingleBytes[s[start]];
        return LuaString.FromSlice(s, start, length);
    }

    /// <summary>5.1's <c>posrelat</c>: a negative position counts from the end; the result is never negative.</summary>
    private static long PosRelative(long pos, int len)
    {
        if (pos < 0) pos += len + 1;
        return pos >= 0 ? pos : 0;
    }

    private static LuaValue Len(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(new LuaValue(LuaArgs.CheckString(L, args, 1).Length));

    private static LuaValue Sub(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var s = LuaArgs.CheckString(L, args, 1);
        return L.Return1(new LuaValue(SubRange(s, LuaArgs.CheckInteger(L, args, 2), LuaArgs.OptInteger(L, args, 3, -1))));
    }

    private static LuaValue Reverse(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var s = LuaArgs.CheckString(L, args, 1);
        if (s.Length <= 1) return L.Return1(new LuaValue(s));
        var r = s.Span.ToArray();
        Array.Reverse(r);
        return L.Return1(new LuaValue(new LuaString(r)));
    }

    private static LuaValue Lower(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(new LuaValue(MapCase(LuaArgs.CheckString(L, args, 1), upper: false)));

    private static LuaValue Upper(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(new LuaValue(MapCase(LuaArgs.CheckString(L, args, 1), upper: true)));

    /// <summary><c>tolower</c>/<c>toupper</c> of the C locale: only ASCII letters change.</summary>
    private static LuaString MapCase(LuaString s, bool upper)
    {
        var src = s.Span;
        byte lo = upper ? (byte)'a' : (byte)'A';
        int first = 0;
        while (first < src.Length && (uint)(src[first] - lo) > 25) first++;
        if (first == src.Length) return s;
        byte[]? array = src.Length > LuaString.InlineCapacity ? new byte[src.Length] : null;
        var r = (array is not null ? array : stackalloc byte[LuaString.InlineCapacity])[..src.Length];
        src.CopyTo(r);
        for (int i = first; i < r.Length; i++)
            if ((uint)(r[i] - lo) <= 25) r[i] ^= 0x20;
        return array is not null ? new LuaString(array) : LuaString.From(r);
    }

    private static LuaValue Rep(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var s = LuaArgs.CheckString(L, args, 1);
        int n = LuaArgs.CheckInt(L, args, 2);
        if (n <= 0 || s.Length == 0) return L.Return1(new LuaValue(LuaString.Empty));
        if (n == 1) return L.Return1(new LuaValue(s));
        long total = (long)s.Length * n;
        if (total > Array.MaxLength) throw new LuaException("not enough memory");
        // A short result is built on the stack: the string keeps it inline, so an array would be garbage.
        byte[]? r = total > LuaString.InlineCapacity ? new byte[total] : null;
        var span = (r is not null ? r : stackalloc byte[LuaString.InlineCapacity])[..(int)total];
        if (s.Length == 1) span.Fill(s[0]);
        else
        {
            // Doubling copies: log(n) block copies instead of n small ones.
            s.Span.CopyTo(span);
            int filled = s.Length;
            while (filled < span.Length)
            {
                int c = Math.Min(filled, span.Length - filled);
                span[..c].CopyTo(span[filled..]);
                filled += c;
            }
        }
        return L.Return1(new LuaValue(r is not null ? new LuaString(r) : LuaString.From(span)));
    }

    private static LuaValue Byte(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var s = LuaArgs.CheckString(L, args, 1);
        int l = s.Length;
        long posi = PosRelative(LuaArgs.OptInteger(L, args, 2, 1), l);
        long pose = PosRelative(LuaArgs.OptInteger(L, args, 3, posi), l);
        if (posi <= 0) posi = 1;
        if (pose > l) pose = l;
        if (posi > pose) return L.Return0();
        int n = (int)(pose - posi + 1);
        // luaL_checkstack: a C function may hold LUAI_MAXCSTACK (8000) values, its arguments included.
        if ((long)n + args.Length > 8000) throw LuaErrors.Error(L, 1, "stack overflow (string slice too long)");
        if (n == 1) return L.Return1(new LuaValue(s[(int)posi - 1]));
        var r = L.ReserveResults(n);
        var src = s.Span.Slice((int)posi - 1, n);
        for (int i = 0; i < n; i++) r[i] = new LuaValue(src[i]);
        L.NRet = n;
        return r[0];
    }

    private static LuaValue Char(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        int n = args.Length;
        if (n == 1)
        {
            int c = LuaArgs.CheckInt(L, args, 1);
            if ((c & 0xFF) != c) throw LuaArgs.ArgError(L, 1, "invalid value");
            return L.Return1(new LuaValue(SingleBytes[c]));
        }
        var r = new byte[n];
        for (int i = 1; i <= n; i++)
        {
            int c = LuaArgs.CheckInt(L, args, i);
            if ((c & 0xFF) != c) throw LuaArgs.ArgError(L, i, "invalid value");
            r[i - 1] = (byte)c;
        }
        return L.Return1(new LuaValue(n == 0 ? LuaString.Empty : new LuaString(r)));
    }

    private static LuaValue Dump(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var f = LuaArgs.CheckFunction(L, args, 1);
        var bytes = DumpHook?.Invoke(f);
        if (bytes is null) throw LuaErrors.Error(L, 1, "unable to dump given function");
        return L.Return1(new LuaValue(bytes));
    }
}
