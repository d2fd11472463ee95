namespace LuaIL.Runtime.Redis;

/// <summary>LuaBitOp 1.0.2 (<c>bit</c>) as Redis 7.0 embeds it: 32-bit operations on Lua numbers with LuaBitOp's exact normalisation.</summary>
/// <remarks>
/// Every argument goes through <c>barg</c>: <c>lua_tonumber</c>, plus 2^52+2^51, then the low 32
/// bits of the double. The addition rounds half to even, so 2.5 → 2, 3.5 → 4, -1.5 → -2, and
/// numbers beyond 2^51 wrap modulo 2^32 as the mantissa does; NaN and ±inf give 0. Results are
/// signed 32-bit values. Only a zero result can fail: then the argument must have been a number
/// (or numeric string), else <c>number expected</c>.
/// </remarks>
public static class BitLibrary
{
    // 2^52 + 2^51: adding it moves the integer part of any |n| < 2^51 into the low mantissa bits.
    private const double Normaliser = 6755399441055744.0;

    /// <summary>Creates the <c>bit</c> table in <see cref="LuaState.Globals"/>.</summary>
    public static void Open(LuaState L)
    {
        // luaL_register sizes the table for its 12 functions; the size fixes pairs() order.
        var t = new LuaTable(0, 12);
        LuaStandardLibrary.Register(t, "tobit", (L, a) => Ret(L, Arg(L, a, 1)));
        LuaStandardLibrary.Register(t, "bnot", (L, a) => Ret(L, ~Arg(L, a, 1)));
        LuaStandardLibrary.Register(t, "band", (L, a) => Fold(L, a, static (x, y) => x & y));
        LuaStandardLibrary.Register(t, "bor", (L, a) => Fold(L, a, static (x, y) => x | y));
        LuaStandardLibrary.Register(t, "bxor", (L, a) => Fold(L, a, static (x, y) => x ^ y));
        LuaStandardLibrary.Register(t, "lshift", (L, a) => Shift(L, a, static (b, n) => b << n));
        LuaStandardLibrary.Register(t, "rshift", (L, a) => Shift(L, a, static (b, n) => b >> n));
        LuaStandardLibrary.Register(t, "arshift", (L, a) => Shift(L, a, static (b, n) => (uint)((int)b >> n)));
        // n = 0 makes C shift by 32, which x86 (like C#) masks to 0: b | b.
        LuaStandardLibrary.Register(t, "rol", (L, a) => Shift(L, a, static (b, n) => (b << n) | (b >> (32 - n))));
        LuaStandardLibrary.Register(t, "ror", (L, a) => Shift(L, a, static (b, n) => (b << (32 - n)) | (b >> n)));
        LuaStandardLibrary.Register(t, "bswap", (L, a) => Ret(L, System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(Arg(L, a, 1))));
        LuaStandardLibrary.Register(t, "tohex", ToHex);
        L.Globals.RawSet(LuaString.Intern("bit"), new LuaValue(t));
    }

    /// <summary>LuaBitOp's <c>barg</c> on a plain number: the low 32 bits of n + 2^52 + 2^51.</summary>
    public static uint Normalise(double n) => unchecked((uint)BitConverter.DoubleToInt64Bits(n + Normaliser));

    private static uint Arg(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
    {
        var v = LuaArgs.Arg(args, arg);
        bool isNumber = LuaConvert.TryToNumber(v, out double n);
        uint b = Normalise(isNumber ? n : 0);
        if (b == 0 && !isNumber) throw LuaArgs.TypeError(L, args, arg, "number");
        return b;
    }

    private static LuaValue Ret(LuaState L, uint b) => L.Return1(new LuaValue((double)(int)b));

    private static LuaValue Fold(LuaState L, ReadOnlySpan<LuaValue> args, Func<uint, uint, uint> op)
    {
        uint b = Arg(L, args, 1);
        // As the C loop: from the last argument down to the second.
        for (int i = args.Length; i > 1; i--) b = op(b, Arg(L, args, i));
        return Ret(L, b);
    }

    private static LuaValue Shift(LuaState L, ReadOnlySpan<LuaValue> args, Func<uint, int, uint> op)
    {
        uint b = Arg(L, args, 1);
        int n = (int)(Arg(L, args, 2) & 31);
        return Ret(L, op(b, n));
    }

    private static LuaValue ToHex(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        uint b = Arg(L, args, 1);
        int n = args.Length < 2 ? 8 : (int)Arg(L, args, 2);
        // CVE-2024-31449: -INT32_MIN overflows, so Redis clamps it first.
        if (n == int.MinValue) n = int.MinValue + 1;
        string digits = "0123456789abcdef";
        if (n < 0)
        {
            n = -n;
            digits = "0123456789ABCDEF";
        }
        if (n > 8) n = 8;
        var buf = new byte[n];
        for (int i = n; --i >= 0;)
        {
            buf[i] = (byte)digits[(int)(b & 15)];
            b >>= 4;
        }
        return L.Return1(new LuaValue(n == 0 ? LuaString.Empty : new LuaString(buf)));
    }
}
