using System.Runtime.InteropServices;

namespace LuaIL.Runtime;

// Weak tables (__mode): what a collection takes out of a table before the .NET collector runs, and
// what it puts back afterwards (see LuaCollector).
public sealed partial class LuaTable
{
    // Stands in the node of a weak key that was collected: 5.1 leaves such a dead key in place
    // (LUA_TDEADKEY) so the node is not free and next() order of the survivors does not change.
    private static readonly LuaValue DeadKey = new(new object(), 0);

    /// <summary>Set once the table is in a <see cref="LuaCollector"/>'s list of tables that may be weak.</summary>
    internal bool WeakTracked;

    /// <summary>5.1's <c>traversetable</c> test: which of keys (bit 1) and values (bit 2) the metatable's <c>__mode</c> makes weak now.</summary>
    internal int WeakMode()
    {
        if (Metatable is not { } mt || mt.GetMetamethod(LuaMetaEvent.Mode).Obj is not LuaString mode) return 0;
        // strchr on a C string: the mode ends at its first zero byte.
        var bytes = mode.Span;
        int end = bytes.IndexOf((byte)0);
        if (end >= 0) bytes = bytes[..end];
        return (bytes.Contains((byte)'k') ? WeakKeys : 0) | (bytes.Contains((byte)'v') ? WeakValues : 0);
    }

    internal const int WeakKeys = 1;
    internal const int WeakValues = 2;

    /// <summary>Strings, numbers and booleans are values, never cleared from weak tables (5.1's <c>iscleared</c>).</summary>
    private static bool IsClearable(LuaValue v)
    {
        var o = v.Obj;
        return o is not null && o is not LuaString && !ReferenceEquals(o, LuaValue.NumberTag)
            && !ReferenceEquals(o, LuaValue.TrueTag) && !ReferenceEquals(o, LuaValue.FalseTag);
    }

    /// <summary>
    /// Moves every weak reference of this table (per <paramref name="mode"/>) into a weak handle appended to
    /// <paramref name="into"/>, leaving the slot empty so that only other references keep the object alive.
    /// </summary>
    /// <remarks>
    /// Keys get handles that track resurrection: a userdata key awaiting its <c>__gc</c> stays, as 5.1 keeps keys
    /// marked by <c>marktmu</c>; values get short handles, cleared before finalization. The value of a weak key
    /// stays in the node, held strongly through the table as 5.1 marks it (5.1 has no ephemerons).
    /// </remarks>
    internal void DetachWeak(int mode, int tableSlot, List<LuaCollector.WeakEntry> into)
    {
        if ((mode & WeakValues) != 0)
        {
            var array = _array;
            for (int i = 0; i < _sizeArray; i++)
            {
                if (!IsClearable(array[i])) continue;
                into.Add(new(tableSlot, ~i, 0, Handle(array[i], GCHandleType.Weak)));
                array[i] = default;
            }
        }
        if (_node == DummyNodes) return;
        var node = _node;
        for (int i = 0; i < node.Length; i++)
        {
            ref var n = ref node[i];
            if (n.Value.IsNil) continue;
            nint kh = 0, vh = 0;
            if ((mode & WeakKeys) != 0 && IsClearable(n.Key))
            {
                kh = Handle(n.Key, GCHandleType.WeakTrackResurrection);
                n.Key = default;
            }
            if ((mode & WeakValues) != 0 && IsClearable(n.Value))
            {
                vh = Handle(n.Value, GCHandleType.Weak);
                n.Value = default;
            }
            if (kh != 0 || vh != 0) into.Add(new(tableSlot, i, kh, vh));
        }
    }

    /// <summary>Puts back one detached entry whose objects survived, or clears it as 5.1's <c>removeentry</c> when one did not.</summary>
    internal void ReattachWeak(in LuaCollector.WeakEntry e)
    {
        object? key = Target(e.KeyHandle);
        object? value = Target(e.ValueHandle);
        bool keyLost = e.KeyHandle != 0 && key is null;
        bool valueLost = e.ValueHandle != 0 && value is null;
        if (e.Index < 0)
        {
            if (!valueLost) _array[~e.Index] = new LuaValue(value, 0);
            return;
        }
        ref var n = ref _node[e.Index];
        if (e.KeyHandle != 0) n.Key = keyLost ? DeadKey : new LuaValue(key, 0);
        if (keyLost || valueLost) n.Value = default;
        else if (e.ValueHandle != 0) n.Value = new LuaValue(value, 0);
    }

    private static nint Handle(LuaValue v, GCHandleType type) => GCHandle.ToIntPtr(GCHandle.Alloc(v.Obj, type));

    private static object? Target(nint handle) => handle == 0 ? null : GCHandle.FromIntPtr(handle).Target;
}
