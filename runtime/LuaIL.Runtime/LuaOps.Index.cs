using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Indexing and assignment through __index/__newindex chains (5.1's luaV_gettable / luaV_settable).
public static partial class LuaOps
{
    // 5.1's MAXTAGLOOP: how many __index/__newindex tables a lookup may follow.
    private const int MaxTagLoop = 100;

    /// <summary>The error of a store into a table whose <see cref="LuaTable.IsReadOnly"/> is set (Redis's <c>lvm.c</c>).</summary>
    public const string ReadOnlyTableMessage = "Attempt to modify a readonly table";

    /// <summary><c>obj[key]</c> with <c>__index</c> chains and the string metatable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Index(LuaState L, LuaValue obj, LuaValue key, string? desc, int line)
    {
        if (obj.Obj is LuaTable h)
        {
            var v = h.RawGet(key);
            if (!v.IsNil || h.Metatable is null) return v;
        }
        return IndexSlow(L, obj, key, desc, line);
    }

    /// <summary><c>obj.name</c> for a string key: <see cref="Index"/> without the key's type dispatch.</summary>
    /// <remarks>For callers without a site of their own (the package library, assemblies built before the site caches).</remarks>
    public static LuaValue IndexStr(LuaState L, LuaValue obj, LuaString key, string? desc, int line)
    {
        int slot = -1;
        return IndexStrCached(L, obj, key, ref slot, desc, line);
    }

    /// <summary><see cref="IndexStr"/> for a compiled field read: <paramref name="slot"/> is the site's cache of the node where it last found its key.</summary>
    /// <remarks>
    /// Objects made by one constructor share their node layout, so a field not at its main
    /// position is still found in one compare; a method site's slot names the node in the class
    /// table, reached after the object misses. In richards a third of the field reads walked a chain.
    /// Only the hit is inline; every miss is one call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue IndexStrCached(LuaState L, LuaValue obj, LuaString key, ref int slot, string? desc, int line)
    {
        if (obj.Obj is LuaTable h && h.TryGetAtSlot(key, slot, out var v) && (!v.IsNil || h.Metatable is null)) return v;
        return IndexStrMiss(L, obj, key, ref slot, desc, line);
    }

    /// <summary><see cref="IndexStrCached"/> for the lookup of <c>obj:name(...)</c>: <paramref name="slot"/> names the method's node in the class table.</summary>
    /// <remarks>
    /// The usual object lacks the method (its key filter proves it) and its metatable's
    /// <c>__index</c> is the class, where the slot finds the method: no call, where the field
    /// path makes one for the object's miss. Anything else (an inherited method, a filter false
    /// positive, a method stored in the object) takes that path.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue IndexMethodCached(LuaState L, LuaValue obj, LuaString key, ref int slot, string? desc, int line)
    {
        if (obj.Obj is LuaTable h && h.LacksStrKey(key) && h.Metatable is { } mt && mt.IndexMetamethod().Obj is LuaTable c
            && c.TryGetAtSlot(key, slot, out var v) && !v.IsNil) return v;
        return IndexStrMiss(L, obj, key, ref slot, desc, line);
    }

    // How many __index tables IndexStrMiss follows before it leaves the lookup to IndexSlow.
    private const int InlineIndexDepth = 4;

    /// <summary>
    /// A string-keyed read the site's slot did not answer: the object's own lookup, then the usual
    /// object layout (methods in a class table reached through <c>__index</c> tables); anything
    /// else (handler functions, deep chains, non-tables) goes to <see cref="IndexSlow"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LuaValue IndexStrMiss(LuaState L, LuaValue obj, LuaString key, ref int slot, string? desc, int line)
    {
        if (obj.Obj is not LuaTable h) return IndexSlow(L, obj, new LuaValue(key), desc, line);
        var v = h.RawGetRecording(key, ref slot);
        if (!v.IsNil) return v;
        var t = h;
        for (int depth = 0; depth < InlineIndexDepth; depth++)
        {
            if (t.Metatable is not { } mt) return v;
            if (mt.IndexMetamethod().Obj is not LuaTable c) break;
            v = c.RawGet(key, ref slot);
            if (!v.IsNil) return v;
            t = c;
        }
        return IndexSlow(L, obj, new LuaValue(key), desc, line);
    }

    /// <summary><c>obj[i]</c> for an integer key known at compile time or proven integral.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue IndexInt(LuaState L, LuaValue obj, int key, string? desc, int line)
    {
        if (obj.Obj is LuaTable h)
        {
            var v = h.RawGet(key);
            if (!v.IsNil || h.Metatable is null) return v;
        }
        return IndexSlow(L, obj, new LuaValue((double)key), desc, line);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaValue IndexSlow(LuaState L, LuaValue obj, LuaValue key, string? desc, int line)
    {
        var t = obj;
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (t.Obj is LuaTable h)
            {
                var v = h.RawGet(key);
                if (!v.IsNil) return v;
                var mt = h.Metatable;
                if (mt is null) return v;
                tm = mt.IndexMetamethod();
                if (tm.IsNil) return v;
            }
            else
            {
                tm = GetMetamethod(L, t, LuaMetaEvent.Index);
                // Only the original operand has a name: a handler reached through the chain is anonymous.
                if (tm.IsNil) throw TypeError(L, line, t, "index", loop == 0 ? desc : null);
            }
            if (tm.Obj is LuaFunction f)
            {
                if (f is LuaIndexHandler handler) return handler.Index(L, t, key, line);
                L.NoteCallLine(line);
                return f.Invoke(L, t, key);
            }
            t = tm;
        }
        throw LuaErrors.AtLine(L, line, "loop in gettable");
    }

    /// <summary><c>obj[key] = value</c> with <c>__newindex</c> chains; <c>table index is nil</c>/<c>NaN</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetIndex(LuaState L, LuaValue obj, LuaValue key, LuaValue value, string? desc, int line)
    {
        if (obj.Obj is LuaTable h && h.Metatable is null && !h.IsReadOnly)
        {
            if (key.Obj is LuaString s)
            {
                h.RawSet(s, value);
                return;
            }
            // Integral numbers (array stores, sieve-style loops). NaN and fractions take the slow path,
            // and so does zero: a new key -0 is stored as -0 in 5.1, which RawSet(int) would lose.
            if (key.IsNumber)
            {
                int k = LuaTable.Truncate(key.Num);
                if (k == key.Num && k != 0)
                {
                    h.RawSet(k, value);
                    return;
                }
            }
        }
        SetIndexSlow(L, obj, key, value, desc, line);
    }

    /// <summary><c>obj.name = value</c> for a string key, for callers without a site of their own (as <see cref="IndexStr"/>).</summary>
    public static void SetIndexStr(LuaState L, LuaValue obj, LuaString key, LuaValue value, string? desc, int line)
    {
        int slot = -1;
        SetIndexStrCached(L, obj, key, value, ref slot, desc, line);
    }

    /// <summary><see cref="SetIndexStr"/> for a compiled field store, with the site's node cache as in <see cref="IndexStrCached"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetIndexStrCached(LuaState L, LuaValue obj, LuaString key, LuaValue value, ref int slot, string? desc, int line)
    {
        if (obj.Obj is LuaTable h && !h.IsReadOnly && h.TrySetAtSlot(key, value, slot)) return;
        SetIndexStrMiss(L, obj, key, value, ref slot, desc, line);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetIndexStrMiss(LuaState L, LuaValue obj, LuaString key, LuaValue value, ref int slot, string? desc, int line)
    {
        if (obj.Obj is LuaTable h && !h.IsReadOnly)
        {
            if (h.TrySetExistingRecording(key, value, ref slot)) return;
            // An object's metatable is usually its class, without __newindex: a field that was nil
            // (a list's link, a queue's head) is then set raw, as 5.1's luaV_settable does.
            if (h.Metatable is not { } mt || mt.GetMetamethod(LuaMetaEvent.NewIndex).IsNil)
            {
                h.RawSet(key, value);
                return;
            }
        }
        SetIndexSlow(L, obj, new LuaValue(key), value, desc, line);
    }

    /// <summary><c>obj[i] = value</c> for an integer key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetIndexInt(LuaState L, LuaValue obj, int key, LuaValue value, string? desc, int line)
    {
        if (obj.Obj is LuaTable h && h.Metatable is null && !h.IsReadOnly)
        {
            h.RawSet(key, value);
            return;
        }
        SetIndexSlow(L, obj, new LuaValue((double)key), value, desc, line);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void SetIndexSlow(LuaState L, LuaValue obj, LuaValue key, LuaValue value, string? desc, int line)
    {
        var t = obj;
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (t.Obj is LuaTable h)
            {
                if (h.IsReadOnly) throw LuaErrors.AtLine(L, line, ReadOnlyTableMessage);
                CheckKey(L, key, line);
                // As luaH_set, the key gets its node before __newindex is consulted.
                ref var slot = ref h.Slot(key);
                if (!slot.IsNil || h.Metatable is not { } mt || (tm = mt.GetMetamethod(LuaMetaEvent.NewIndex)).IsNil)
                {
                    slot = value;
                    return;
                }
            }
            else
            {
                tm = GetMetamethod(L, t, LuaMetaEvent.NewIndex);
                if (tm.IsNil) throw TypeError(L, line, t, "index", loop == 0 ? desc : null);
            }
            if (tm.Obj is LuaFunction f)
            {
                L.NoteCallLine(line);
                f.Invoke(L, t, key, value);
                return;
            }
            t = tm;
        }
        throw LuaErrors.AtLine(L, line, "loop in settable");
    }

    /// <summary>Rejects keys no table can hold, with 5.1's messages.</summary>
    public static void CheckKey(LuaState L, LuaValue key, int line)
    {
        if (key.IsNil) throw LuaErrors.AtLine(L, line, "table index is nil");
        if (key.IsNumber && double.IsNaN(key.Num)) throw LuaErrors.AtLine(L, line, "table index is NaN");
    }

    /// <summary>A global read: <c>env[key]</c>, honouring a metatable on the environment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue GetGlobal(LuaState L, LuaTable env, LuaValue key, int line)
    {
        var v = env.RawGet(key);
        if (!v.IsNil || env.Metatable is null) return v;
        return IndexSlow(L, new LuaValue(env), key, null, line);
    }

    /// <summary><see cref="GetGlobal"/> for a name known at compile time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue GetGlobalStr(LuaState L, LuaTable env, LuaString name, int line)
    {
        var v = env.RawGet(name);
        if (!v.IsNil || env.Metatable is null) return v;
        return IndexSlow(L, new LuaValue(env), new LuaValue(name), null, line);
    }

    /// <summary>
    /// <see cref="GetGlobalStr"/> through the site's inline cache: <paramref name="slot"/> is the node
    /// where the name was found last (a static of the generated class), so a global one link down
    /// its chain costs one compare instead of a walk. Any stale or shared value is safe.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue GetGlobalCached(LuaState L, LuaTable env, LuaString name, ref int slot, int line)
    {
        var v = env.RawGet(name, ref slot);
        if (!v.IsNil || env.Metatable is null) return v;
        return IndexSlow(L, new LuaValue(env), new LuaValue(name), null, line);
    }

    public static void SetGlobal(LuaState L, LuaTable env, LuaValue key, LuaValue value, int line)
    {
        if (env.Metatable is null && !env.IsReadOnly && key.Obj is LuaString s) env.RawSet(s, value);
        else SetIndexSlow(L, new LuaValue(env), key, value, null, line);
    }

    /// <summary><see cref="SetGlobal"/> for a name known at compile time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetGlobalStr(LuaState L, LuaTable env, LuaString name, LuaValue value, int line)
    {
        if (env.Metatable is null && !env.IsReadOnly) env.RawSet(name, value);
        else SetIndexSlow(L, new LuaValue(env), new LuaValue(name), value, null, line);
    }
}

/// <summary>A native <c>__index</c> function that is told the line of the lookup, so its errors carry the position 5.1's <c>luaL_where(L, 1)</c> gives a C metamethod.</summary>
/// <remarks>Generated code records a line only at call sites; a plain native called as a metamethod would see the line of the frame's last call instead.</remarks>
public abstract class LuaIndexHandler : LuaFunction
{
    /// <summary>Handles <c>obj[key]</c> for a lookup at <paramref name="line"/> of the innermost Lua function.</summary>
    public abstract LuaValue Index(LuaState L, LuaValue obj, LuaValue key, int line);

    public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(Index(L, LuaArgs.Arg(args, 1), LuaArgs.Arg(args, 2), 0));
}
