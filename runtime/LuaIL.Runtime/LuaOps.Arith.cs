using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Arithmetic, length and concatenation slow paths: string coercion, metamethods, 5.1's error texts.
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

    /// <summary><c>a .. b</c> with numbers formatted by <c>%.14g</c>, then <c>__concat</c>, then the error.</summary>
    /// <remarks>A chain <c>a..b..c</c> is right-associative: call with the right-hand result first, as 5.1's <c>luaV_concat</c> pairs from the right.</remarks>
    public static LuaValue Concat(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
    {
        if (a.Obj is LuaString sa && b.Obj is LuaString sb) return new LuaValue(LuaString.Concat(sa, sb));
        return ConcatSlow(L, a, b, descA, descB, line);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LuaValue ConcatSlow(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
    {
        var sa = LuaConvert.ToLuaString(a);
        var sb = LuaConvert.ToLuaString(b);
        if (sa is not null && sb is not null) return new LuaValue(LuaString.Concat(sa, sb));
        var tm = GetMetamethod(L, a, LuaMetaEvent.Concat);
        if (tm.IsNil) tm = GetMetamethod(L, b, LuaMetaEvent.Concat);
        if (!tm.IsNil) return CallMetamethod(L, tm, a, b, line);
        // luaG_concaterror blames the first operand unless it is a string or a number.
        if (sa is not null) throw TypeError(L, line, b, "concatenate", descB);
        throw TypeError(L, line, a, "concatenate", descA);
    }

    /// <summary>Concatenates <paramref name="values"/> (at least one) as the Lua expression <c>v1 .. v2 .. ... .. vn</c>, in one copy when they are all strings or numbers.</summary>
    /// <param name="descs">Operand descriptions for messages, parallel to <paramref name="values"/>, or null.</param>
    public static LuaValue ConcatN(LuaState L, ReadOnlySpan<LuaValue> values, string?[]? descs, int line)
    {
        int n = values.Length;
        var acc = values[n - 1];
        for (int i = n - 2; i >= 0; i--)
        {
            // Collect the longest run of strings/numbers ending at i and join it with acc in one buffer.
            if (LuaConvert.ToLuaString(acc) is { } accStr && IsStringOrNumber(values[i]))
            {
                int j = i;
                int len = accStr.Length;
                while (j >= 0 && IsStringOrNumber(values[j]))
                {
                    len += LuaConvert.ToLuaString(values[j])!.Length;
                    j--;
                }
                var buf = new byte[len];
                int pos = 0;
                for (int k = j + 1; k <= i; k++)
                {
                    var s = LuaConvert.ToLuaString(values[k])!;
                    s.Span.CopyTo(buf.AsSpan(pos));
                    pos += s.Length;
                }
                accStr.Span.CopyTo(buf.AsSpan(pos));
                acc = new LuaValue(new LuaString(buf));
                i = j + 1;
                continue;
            }
            acc = ConcatSlow(L, values[i], acc, descs?[i], i == n - 2 ? descs?[n - 1] : null, line);
        }
        return acc;
    }

    private static bool IsStringOrNumber(LuaValue v) => v.IsNumber || v.Obj is LuaString;
}
