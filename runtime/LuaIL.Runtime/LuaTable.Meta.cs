using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Metamethod lookup on a table used as a metatable, with 5.1's "known absent" flags cache.
public sealed partial class LuaTable
{
    // Bit e set = this table, used as a metatable, has no field for event e (5.1's Table.flags).
    // Any raw store clears it, so lookups of absent metamethods cost one test until the next write.
    private uint _tmAbsent;

    /// <summary>The metamethod for <paramref name="e"/> in this table (used as a metatable), or nil; absence is cached until the next store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue GetMetamethod(LuaMetaEvent e)
    {
        if ((_tmAbsent & (1u << (int)e)) != 0) return default;
        return GetMetamethodSlow(e);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LuaValue GetMetamethodSlow(LuaMetaEvent e)
    {
        var v = RawGet(LuaMetaNames.Get(e));
        if (v.IsNil) _tmAbsent |= 1u << (int)e;
        return v;
    }
}

/// <summary>The metamethod events of Lua 5.1, in <c>ltm.h</c>'s order.</summary>
public enum LuaMetaEvent
{
    Index,
    NewIndex,
    Gc,
    Mode,
    Eq,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Unm,
    Len,
    Lt,
    Le,
    Concat,
    Call,
}

/// <summary>The field names of the metamethod events (<c>__index</c>, ...), as shared <see cref="LuaString"/> keys.</summary>
public static class LuaMetaNames
{
    private static readonly LuaString[] Names =
    [
        LuaString.Intern("__index"), LuaString.Intern("__newindex"), LuaString.Intern("__gc"),
        LuaString.Intern("__mode"), LuaString.Intern("__eq"), LuaString.Intern("__add"),
        LuaString.Intern("__sub"), LuaString.Intern("__mul"), LuaString.Intern("__div"),
        LuaString.Intern("__mod"), LuaString.Intern("__pow"), LuaString.Intern("__unm"),
        LuaString.Intern("__len"), LuaString.Intern("__lt"), LuaString.Intern("__le"),
        LuaString.Intern("__concat"), LuaString.Intern("__call"),
    ];

    /// <summary><c>__index</c>, the name object lookups test for by reference.</summary>
    public static readonly LuaString IndexName = Names[(int)LuaMetaEvent.Index];

    public static readonly LuaString ToStringName = LuaString.Intern("__tostring");
    public static readonly LuaString Metatable = LuaString.Intern("__metatable");

    public static LuaString Get(LuaMetaEvent e) => Names[(int)e];
}
