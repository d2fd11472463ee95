using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

public static partial class LuaBaseLibrary
{
    /// <summary>
    /// One step of a generic <c>for</c> whose iterator is this library's <c>next</c> (what
    /// <c>pairs</c> returns) or <c>ipairs</c>'s, done without calling it: 1 with the next key and
    /// value, 0 at the end (both nil). -1 for any other iterator, or arguments the function itself
    /// must see (it coerces them or raises), and the loop then makes the call.
    /// </summary>
    /// <param name="hint">The loop's own traversal hint (see <see cref="LuaTable.NextFrom"/>); any value is safe.</param>
    /// <remarks>The iterator test is inlined into the loop, so a loop over any other iterator pays three compares, not a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IteratorStep(LuaValue iterator, LuaValue state, LuaValue control, ref int hint, out LuaValue key, out LuaValue value)
    {
        var f = iterator.Obj;
        if (ReferenceEquals(f, PairsNextFn) || ReferenceEquals(f, NextFn) || ReferenceEquals(f, IpairsAuxFn))
            return LibraryIteratorStep(f, state, control, ref hint, out key, out value);
        key = default;
        value = default;
        return -1;
    }

    private static int LibraryIteratorStep(object f, LuaValue state, LuaValue control, ref int hint, out LuaValue key, out LuaValue value)
    {
        if (state.Obj is LuaTable t)
        {
            if (ReferenceEquals(f, PairsNextFn) || ReferenceEquals(f, NextFn))
            {
                key = control;
                if (t.NextFrom(ref hint, ref key, out value)) return 1;
                key = default;
                return 0;
            }
            if (ReferenceEquals(f, IpairsAuxFn) && control.IsNumber)
            {
                double d = control.Num;
                int i = (int)d;
                if (i == d && i < int.MaxValue)
                {
                    value = t.RawGet(i + 1);
                    key = value.IsNil ? default : new LuaValue(i + 1);
                    return value.IsNil ? 0 : 1;
                }
            }
        }
        key = default;
        value = default;
        return -1;
    }
}
