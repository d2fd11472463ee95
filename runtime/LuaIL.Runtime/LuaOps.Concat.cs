using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Concatenation: 5.1's luaV_concat. A run of operands is joined from the right: the longest run of
// strings and numbers ending at the right-hand result is measured and copied once; anything else
// pairs with that result through __concat. Numbers are formatted by %.14g straight into the result.
public static partial class LuaOps
{
    /// <summary><c>a .. b</c> with numbers formatted by <c>%.14g</c>, then <c>__concat</c>, then the error.</summary>
    public static LuaValue Concat(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
    {
        if (a.Obj is LuaString sa && b.Obj is LuaString sb) return new LuaValue(LuaString.Concat(sa, sb));
        return ConcatSlow(L, a, b, descA, descB, line);
    }

    /// <summary><c>a .. b .. c</c>; <paramref name="descs"/> are the operands' names for messages, joined by <c>'\0'</c> (empty for none), or null.</summary>
    public static LuaValue Concat3(LuaState L, LuaValue a, LuaValue b, LuaValue c, string? descs, int line)
    {
        ConcatOperands v = default;
        v[0] = a;
        v[1] = b;
        v[2] = c;
        return ConcatN(L, ((ReadOnlySpan<LuaValue>)v)[..3], descs, line);
    }

    /// <summary>Four operands, as <see cref="Concat3"/>.</summary>
    public static LuaValue Concat4(LuaState L, LuaValue a, LuaValue b, LuaValue c, LuaValue d, string? descs, int line)
    {
        ConcatOperands v = default;
        v[0] = a;
        v[1] = b;
        v[2] = c;
        v[3] = d;
        return ConcatN(L, ((ReadOnlySpan<LuaValue>)v)[..4], descs, line);
    }

    /// <summary>Five operands, as <see cref="Concat3"/>.</summary>
    public static LuaValue Concat5(LuaState L, LuaValue a, LuaValue b, LuaValue c, LuaValue d, LuaValue e, string? descs, int line)
    {
        ConcatOperands v = default;
        v[0] = a;
        v[1] = b;
        v[2] = c;
        v[3] = d;
        v[4] = e;
        return ConcatN(L, ((ReadOnlySpan<LuaValue>)v)[..5], descs, line);
    }

    /// <summary>Six operands, as <see cref="Concat3"/>; longer runs are lowered as several calls, right to left.</summary>
    public static LuaValue Concat6(LuaState L, LuaValue a, LuaValue b, LuaValue c, LuaValue d, LuaValue e, LuaValue f, string? descs, int line)
    {
        ConcatOperands v = default;
        v[0] = a;
        v[1] = b;
        v[2] = c;
        v[3] = d;
        v[4] = e;
        v[5] = f;
        return ConcatN(L, v, descs, line);
    }

    [InlineArray(6)]
    private struct ConcatOperands
    {
        private LuaValue _first;
    }

    /// <summary>Concatenates <paramref name="values"/> (at least one) as the Lua expression <c>v1 .. v2 .. ... .. vn</c>.</summary>
    /// <param name="descs">Operand names for messages, joined by <c>'\0'</c> (an empty name for none), or null.</param>
    public static LuaValue ConcatN(LuaState L, ReadOnlySpan<LuaValue> values, string? descs, int line)
    {
        int n = values.Length;
        var acc = values[n - 1];
        int i = n - 2;
        while (i >= 0)
        {
            if (IsStringOrNumber(values[i]) && IsStringOrNumber(acc))
            {
                int j = i;
                while (j > 0 && IsStringOrNumber(values[j - 1])) j--;
                acc = new LuaValue(Join(values[j..(i + 1)], acc));
                i = j - 1;
                continue;
            }
            // Only the last operand has a name of its own on the right; a partial result has none.
            acc = ConcatSlow(L, values[i], acc, Desc(descs, i), i == n - 2 ? Desc(descs, n - 1) : null, line);
            i--;
        }
        return acc;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LuaValue ConcatSlow(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
    {
        if (IsStringOrNumber(a) && IsStringOrNumber(b)) return new LuaValue(Join(new ReadOnlySpan<LuaValue>(in a), b));
        var tm = GetMetamethod(L, a, LuaMetaEvent.Concat);
        if (tm.IsNil) tm = GetMetamethod(L, b, LuaMetaEvent.Concat);
        if (!tm.IsNil) return CallMetamethod(L, tm, a, b, line);
        // luaG_concaterror blames the first operand unless it is a string or a number.
        if (IsStringOrNumber(a)) throw TypeError(L, line, b, "concatenate", descB);
        throw TypeError(L, line, a, "concatenate", descA);
    }

    /// <summary>The strings and numbers <paramref name="left"/> followed by <paramref name="last"/>, measured first and copied once.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // its buffers are written before they are read
    private static LuaString Join(ReadOnlySpan<LuaValue> left, LuaValue last)
    {
        Span<byte> number = stackalloc byte[LuaConvert.MaxNumberTextLength];
        long total = Measure(last, number);
        foreach (var v in left) total += Measure(v, number);
        if (total > Array.MaxLength) throw new LuaException("not enough memory");
        // Short results are built on the stack and copied into the string object; long ones become its array.
        byte[]? array = total > LuaString.InlineCapacity ? new byte[total] : null;
        Span<byte> result = array is not null ? array : stackalloc byte[LuaString.InlineCapacity];
        var dst = result;
        foreach (var v in left) dst = Append(dst, v, number);
        Append(dst, last, number);
        return array is not null ? new LuaString(array) : LuaString.From(result[..(int)total]);
    }

    private static int Measure(LuaValue v, Span<byte> number)
        => v.Obj is LuaString s ? s.Length : LuaConvert.FormatNumber(v.Num, number);

    private static Span<byte> Append(Span<byte> dst, LuaValue v, scoped Span<byte> number)
    {
        if (v.Obj is LuaString s) return s.AppendTo(dst);
        int n = LuaConvert.FormatNumber(v.Num, number);
        number[..n].CopyTo(dst);
        return dst[n..];
    }

    private static bool IsStringOrNumber(LuaValue v) => v.IsNumber || v.Obj is LuaString;

    /// <summary>The <paramref name="index"/>th name of a <c>'\0'</c>-joined list, null when empty or absent.</summary>
    private static string? Desc(string? descs, int index)
    {
        if (descs is null) return null;
        int start = 0;
        for (int k = 0; k < index; k++)
        {
            start = descs.IndexOf('\0', start) + 1;
            if (start == 0) return null;
        }
        int end = descs.IndexOf('\0', start);
        if (end < 0) end = descs.Length;
        return end > start ? descs[start..end] : null;
    }
}
