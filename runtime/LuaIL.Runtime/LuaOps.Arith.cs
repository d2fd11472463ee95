using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Arithmetic and length slow paths: string coercion, metamethods, 5.1's error texts.
public static partial class LuaOps
{
    /// <summary>5.1's <c>Arith</c> past the number fast path: strings convert, then <c>__add</c>… of either operand, else the error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaValue ArithSlow(LuaState L, ArithOp op, LuaValue a, LuaValue b, string? descA, string? descB, int line)
    {
        if (LuaConvert.TryToNumber(a, out double x) && LuaConvert.TryToNumber(b, out double y))
            return new LuaValue(ArithNum(op, x, y));
        var e = LuaMetaEvent.Add + (int)op;
        var tm = GetMetamethod(L, a, e);
        if (tm.IsNil) tm = GetMetamethod(L, b, e);
        if (!tm.IsNil) return CallMetamethod(L, tm, a, b, line);
        // luaG_aritherror blames the second operand when the first one converts.
        if (!LuaConvert.TryToNumber(a, out _)) throw TypeError(L, line, a, "perform arithmetic on", descA);
        throw TypeError(L, line, b, "perform arithmetic on", descB);
    }

    /// <summary>The arithmetic of <paramref name="op"/> on two numbers (5.1's <c>luai_num*</c>).</summary>
    public static double ArithNum(ArithOp op, double x, double y) => op switch
    {
        ArithOp.Add => x + y,
        ArithOp.Sub => x - y,
        ArithOp.Mul => x * y,
        ArithOp.Div => x / y,
        ArithOp.Mod => NumMod(x, y),
        _ => Math.Pow(x, y),
    };

    /// <summary>5.1's <c>luai_numpow</c>, for code that holds both operands as doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NumPow(double a, double b) => Math.Pow(a, b);

    /// <summary>5.1's <c>luai_numunm</c> as a sign-bit flip: the JIT folds <c>-(0.0/0.0)</c> of constants to the same NaN, where 5.1 prints <c>nan</c> for it and <c>-nan</c> for <c>0/0</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NumUnm(double a) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) ^ long.MinValue);

    /// <summary><c>-a</c> past the fast path: a string converts, else <c>__unm</c> gets the operand twice (5.1), else the error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaValue UnmSlow(LuaState L, LuaValue a, string? desc, int line)
    {
        if (LuaConvert.TryToNumber(a, out double x)) return new LuaValue(-x);
        var tm = GetMetamethod(L, a, LuaMetaEvent.Unm);
        if (!tm.IsNil) return CallMetamethod(L, tm, a, a, line);
        throw TypeError(L, line, a, "perform arithmetic on", desc);
    }

    /// <summary><c>#a</c>: byte length of strings, border of tables (no <c>__len</c> for tables in 5.1), else <c>__len</c> or an error.</summary>
    public static LuaValue Len(LuaState L, LuaValue a, string? desc, int line)
    {
        if (a.Obj is LuaTable t) return new LuaValue(t.Length);
        if (a.Obj is LuaString s) return new LuaValue(s.Length);
        return LenSlow(L, a, desc, line);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LuaValue LenSlow(LuaState L, LuaValue a, string? desc, int line)
    {
        var tm = GetMetamethod(L, a, LuaMetaEvent.Len);
        if (!tm.IsNil) return CallMetamethod(L, tm, a, default, line);
        throw TypeError(L, line, a, "get length of", desc);
    }
}
