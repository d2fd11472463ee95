using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Metatable lookup, metamethod calls and the shared "attempt to ..." type error.
public static partial class LuaOps
{
    /// <summary>The metatable of any value: tables and userdata carry their own, strings share <see cref="LuaState.StringMetatable"/>.</summary>
    public static LuaTable? GetMetatable(LuaState L, LuaValue v) => v.Obj switch
    {
        LuaTable t => t.Metatable,
        LuaString => L.StringMetatable,
        LuaUserData u => u.Metatable,
        _ => null,
    };

    /// <summary>5.1's <c>luaT_gettmbyobj</c>: the metamethod of <paramref name="v"/> for <paramref name="e"/>, or nil.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue GetMetamethod(LuaState L, LuaValue v, LuaMetaEvent e)
    {
        var mt = GetMetatable(L, v);
        return mt is null ? default : mt.GetMetamethod(e);
    }

    /// <summary>Calls a metamethod with two operands and returns its first result (5.1's <c>callTMres</c>); a non-function goes through <c>__call</c>.</summary>
    public static LuaValue CallMetamethod(LuaState L, LuaValue tm, LuaValue a, LuaValue b, int line)
    {
        var f = tm.Obj as LuaFunction ?? ToCallable(L, tm, null, line);
        L.NoteCallLine(line);
        return f.Invoke(L, a, b);
    }

    /// <summary>5.1's <c>luaG_typeerror</c>: <c>attempt to OP DESC (a TYPE value)</c>, or <c>attempt to OP a TYPE value</c> without a description.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaException TypeError(LuaState L, int line, LuaValue v, string op, string? desc)
        => LuaErrors.AtLine(L, line, desc is null
            ? $"attempt to {op} a {v.TypeName} value"
            : $"attempt to {op} {desc} (a {v.TypeName} value)");

    /// <summary>5.1's <c>get_compTM</c>: the handler for <paramref name="e"/> only when both metatables agree on it.</summary>
    private static LuaValue GetCompMetamethod(LuaTable? mt1, LuaTable? mt2, LuaMetaEvent e)
    {
        if (mt1 is null) return default;
        var tm1 = mt1.GetMetamethod(e);
        if (tm1.IsNil || ReferenceEquals(mt1, mt2)) return tm1;
        if (mt2 is null) return default;
        var tm2 = mt2.GetMetamethod(e);
        return !tm2.IsNil && tm1.RawEquals(tm2) ? tm1 : default;
    }
}
