using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Equality and order: raw comparison first, then 5.1's same-handler metamethod rules.
public static partial class LuaOps
{
    /// <summary><c>a == b</c>: raw equality, then <c>__eq</c> when both are tables (or both userdata) with the same handler.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Eq(LuaState L, LuaValue a, LuaValue b)
    {
        if (ReferenceEquals(a.Obj, b.Obj)) return !a.IsNumber || a.Num == b.Num;
        return EqSlow(L, a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EqSlow(LuaState L, LuaValue a, LuaValue b)
    {
        LuaValue tm;
        if (a.Obj is LuaString sa) return b.Obj is LuaString sb && sa.Equals(sb);
        if (a.Obj is LuaTable ta && b.Obj is LuaTable tb) tm = GetCompMetamethod(ta.Metatable, tb.Metatable, LuaMetaEvent.Eq);
        else if (a.Obj is LuaUserData ua && b.Obj is LuaUserData ub) tm = GetCompMetamethod(ua.Metatable, ub.Metatable, LuaMetaEvent.Eq);
        else return false;
        return !tm.IsNil && CallMetamethod(L, tm, a, b, 0).IsTruthy;
    }

    /// <summary><c>a &lt; b</c>: numbers, strings (byte order), then <c>__lt</c>, else <c>attempt to compare X with Y</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Lt(LuaState L, LuaValue a, LuaValue b, int line)
        => a.IsNumber && b.IsNumber ? a.Num < b.Num : LtSlow(L, a, b, line);

    /// <summary><c>a &lt;= b</c>: as <see cref="Lt"/>, with <c>__le</c> falling back to <c>not __lt(b, a)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Le(LuaState L, LuaValue a, LuaValue b, int line)
        => a.IsNumber && b.IsNumber ? a.Num <= b.Num : LeSlow(L, a, b, line);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool LtSlow(LuaState L, LuaValue a, LuaValue b, int line)
    {
        var ta = a.Type;
        if (ta != b.Type) throw OrderError(L, line, a, b);
        if (ta == LuaType.Number) return a.Num < b.Num;
        if (ta == LuaType.String) return LuaString.Less((LuaString)a.Obj!, (LuaString)b.Obj!);
        int r = CallOrderMetamethod(L, a, b, LuaMetaEvent.Lt, line);
        if (r >= 0) return r != 0;
        throw OrderError(L, line, a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool LeSlow(LuaState L, LuaValue a, LuaValue b, int line)
    {
        var ta = a.Type;
        if (ta != b.Type) throw OrderError(L, line, a, b);
        if (ta == LuaType.Number) return a.Num <= b.Num;
        if (ta == LuaType.String) return ((LuaString)a.Obj!).CompareTo((LuaString)b.Obj!) <= 0;
        int r = CallOrderMetamethod(L, a, b, LuaMetaEvent.Le, line);
        if (r >= 0) return r != 0;
        r = CallOrderMetamethod(L, b, a, LuaMetaEvent.Lt, line);
        if (r >= 0) return r == 0;
        throw OrderError(L, line, a, b);
    }

    /// <summary>5.1's <c>call_orderTM</c>: -1 when the operands lack a common handler, else the truth of its result as 0/1.</summary>
    private static int CallOrderMetamethod(LuaState L, LuaValue a, LuaValue b, LuaMetaEvent e, int line)
    {
        var tm1 = GetMetamethod(L, a, e);
        if (tm1.IsNil) return -1;
        var tm2 = GetMetamethod(L, b, e);
        if (!tm1.RawEquals(tm2)) return -1;
        return CallMetamethod(L, tm1, a, b, line).IsTruthy ? 1 : 0;
    }

    /// <summary>5.1's <c>luaG_ordererror</c>, including its quirk of comparing the third letters of the type names (so string vs thread reads "two string values").</summary>
    private static LuaException OrderError(LuaState L, int line, LuaValue a, LuaValue b)
    {
        string t1 = a.TypeName, t2 = b.TypeName;
        return LuaErrors.AtLine(L, line, t1[2] == t2[2]
            ? $"attempt to compare two {t1} values"
            : $"attempt to compare {t1} with {t2}");
    }
}
