using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>A call site's inline cache of its callee's exact class: two static fields of the generated class, tested by type handle.</summary>
/// <remarks>
/// The handle is only ever written for a <see cref="LuaFunction"/>'s class, so a hit proves the
/// value is one. The keep field holds the class's <see cref="Type"/>, so a collectible assembly
/// whose functions a site remembers is not unloaded (and its type handle reused) under it.
/// </remarks>
public static class LuaCallSiteClass
{
    /// <summary>True when <paramref name="o"/> is an object of the class <paramref name="siteClass"/> holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(object? o, nint siteClass) => o is not null && HandleOf(o) == siteClass;

    /// <summary>The function <paramref name="f"/> holds when it is of the class <paramref name="siteClass"/> holds, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaFunction? Remembered(LuaValue f, nint siteClass)
        => Is(f.Obj, siteClass) ? Unsafe.As<LuaFunction>(f.Obj) : null;

    /// <summary>Makes the site remember <paramref name="fn"/>'s class.</summary>
    public static void Remember(LuaFunction fn, ref nint siteClass, ref object? siteKeep)
    {
        siteKeep = fn.GetType();
        siteClass = HandleOf(fn);
    }

    // The type handle is the word an object reference points at, just before its first field;
    // reading it is what the runtime's own exact type tests compile to.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint HandleOf(object o) => Unsafe.Add(ref Unsafe.As<byte, nint>(ref Unsafe.As<RawData>(o).Data), -1);

    private sealed class RawData
    {
        public byte Data;
    }
}
