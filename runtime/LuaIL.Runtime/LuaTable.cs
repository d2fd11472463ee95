using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>A Lua table: an array part for keys 1..n and a hash part laid out exactly as Lua 5.1's <c>ltable.c</c>.</summary>
/// <remarks>
/// Invariants (as <c>ltable.c</c>): <see cref="_array"/>[0..<see cref="_sizeArray"/>) holds keys
/// 1..sizearray, and the slots past it (capacity <see cref="ReserveArray"/> left) are nil; every other key lives in <see cref="_node"/>, an array of a power-of-two size
/// (or the shared one-node dummy when the hash part is empty), chained through <c>Next</c>
/// indices from its main position. Keys whose value became nil stay in their node until the
/// next rehash, so <see cref="Next"/> keeps working while a traversal assigns nil. Matching the
/// layout node for node is what makes <c>pairs</c> order identical to PUC-Rio Lua.
/// </remarks>
public sealed partial class LuaTable
{
    private LuaValue[] _array = [];
    private int _sizeArray;

    public LuaTable() { }

    /// <summary>A table pre-sized as 5.1's <c>luaH_new(narray, nhash)</c>.</summary>
    /// <remarks>
    /// Table constructors must pass the sizes 5.1's <c>OP_NEWTABLE</c> would: the counts go
    /// through <see cref="RoundConstructorSize"/> (the "floating point byte" encoding), because
    /// the sizes decide the layout and thus the <c>pairs</c> order.
    /// </remarks>
    public LuaTable(int arrayCapacity, int hashCapacity)
    {
        if (arrayCapacity > 0) SetArrayVector(arrayCapacity);
        if (hashCapacity > 0) SetNodeVector(hashCapacity);
    }

    /// <summary>A table as a 5.1 constructor with <paramref name="arrayItems"/> list items and <paramref name="hashItems"/> record fields makes it.</summary>
    public static LuaTable ForConstructor(int arrayItems, int hashItems)
        => new(RoundConstructorSize(arrayItems), RoundConstructorSize(hashItems));

    /// <summary><c>luaO_fb2int(luaO_int2fb(n))</c>: the size an <c>OP_NEWTABLE</c> operand can express, rounded up.</summary>
    public static int RoundConstructorSize(int n)
    {
        if (n < 16) return n;
        uint x = (uint)n;
        int e = 0;
        while (x >= 16)
        {
            x = (x + 1) >> 1;
            e++;
        }
        // int2fb yields ((e+1) << 3) | (x - 8); fb2int maps it back to (x) << e.
        return (int)(x << e);
    }

    public LuaTable? Metatable { get; set; }

    /// <summary>Redis's read-only flag (its patched <c>lvm.c</c>/<c>lapi.c</c>): stores through Lua code raise <c>Attempt to modify a readonly table</c>.</summary>
    /// <remarks><see cref="RawSet(LuaValue, LuaValue)"/> does not check it: the host (and the library functions that mirror <c>lua_rawset</c>) test it first.</remarks>
    public bool IsReadOnly { get; set; }

    /// <summary>The number of slots of the array part (5.1's <c>sizearray</c>).</summary>
    public int ArraySize => _sizeArray;

    /// <summary>The array part, keys 1..<see cref="ArraySize"/>: valid until the table is next written.</summary>
    internal ReadOnlySpan<LuaValue> ArrayPart => new(_array, 0, _sizeArray);

    /// <summary>The number of nodes of the hash part (0 when it is the shared dummy).</summary>
    public int NodeCount => _node == DummyNodes ? 0 : _node.Length;

    /// <summary>The int a double truncates to, where only an exact round trip (<c>k == n</c>) is trusted.</summary>
    /// <remarks>
    /// C#'s <c>(int)</c> saturates (NaN gives 0, huge values int.MaxValue), which costs a compare,
    /// a mask and a conditional move around every numeric key; the raw truncation returns
    /// int.MinValue for all of those, and the round-trip test rejects them just the same.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Truncate(double n) => double.ConvertToIntegerNative<int>(n);

    public LuaValue RawGet(LuaValue key)
    {
        var o = key.Obj;
        if (ReferenceEquals(o, LuaValue.NumberTag))
        {
            double n = key.Num;
            int k = Truncate(n);
            if (k == n) return RawGet(k);
            return GetGeneric(key);
        }
        if (o is LuaString s) return RawGet(s);
        if (o is null) return default;
        return GetGeneric(key);
    }

    /// <summary>String-keyed read without type dispatch: the hash is cached in the string.</summary>
    /// <remarks>
    /// The key's main position, where it nearly always is, is tested inline in the caller (compiled
    /// field and global reads); the chain walk is out of line. In tak the call to the whole lookup
    /// was a quarter of the run.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue RawGet(LuaString key)
    {
        var node = _node;
        ref var n = ref node[key.LuaHash & (node.Length - 1)];
        var k = n.Key.Obj;
        if (ReferenceEquals(k, key)) return n.Value;
        // A main position never used starts no chain: the key is absent (a field an object
        // inherits from its class is looked up in the object first, and usually missed here).
        return k is null ? default : RawGetChain(key);
    }

    /// <summary>A string-keyed read that first tries the node <paramref name="slot"/> names and records where the key was found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue RawGet(LuaString key, ref int slot)
    {
        var node = _node;
        int i = slot;
        if ((uint)i < (uint)node.Length && ReferenceEquals(node[i].Key.Obj, key)) return node[i].Value;
        return RawGetRemembering(key, ref slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LuaValue RawGetRemembering(LuaString key, ref int slot) => RawGetRecording(key, ref slot);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LuaValue RawGetChain(LuaString key)
    {
        int i = IndexOfStr(key);
        return i < 0 ? default : _node[i].Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue RawGet(int key)
    {
        if ((uint)(key - 1) < (uint)_sizeArray) return _array[key - 1];
        return GetNumHash(key);
    }

    /// <summary>Raw store; the caller has rejected nil and NaN keys. Storing nil removes the entry.</summary>
    /// <remarks>As 5.1's <c>luaH_set</c>, storing nil under an absent key still claims a node for it.</remarks>
    public void RawSet(LuaValue key, LuaValue value) => Slot(key) = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void RawSet(LuaString key, LuaValue value)
    {
        _tmAbsent = 0;
        var node = _node;
        ref var n = ref node[key.LuaHash & (node.Length - 1)];
        if (ReferenceEquals(n.Key.Obj, key)) LuaValue.StoreInto(ref n.Value, value);
        else RawSetChain(key, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RawSetChain(LuaString key, LuaValue value)
    {
        ref var v = ref FindStr(key);
        if (Unsafe.IsNullRef(ref v)) v = ref NewKey(new LuaValue(key));
        v = value;
    }

    public void RawSet(int key, LuaValue value)
    {
        if ((uint)(key - 1) < (uint)_sizeArray)
        {
            LuaValue.StoreInto(ref _array[key - 1], value);
            return;
        }
        SlotNum(key) = value;
    }

    /// <summary>Raw <c>t[i] = t[i+1]</c> for i = <paramref name="pos"/>..<paramref name="e"/>-1 in that order (<c>table.remove</c>'s loop).</summary>
    /// <remarks>Inside the array part no store can rehash, so the loop is one block move: removing from the front of a queue was a tenth of table_ops.</remarks>
    internal void ShiftDown(int pos, int e)
    {
        if (pos >= 1 && e <= _sizeArray)
        {
            if (pos < e) _array.AsSpan(pos, e - pos).CopyTo(_array.AsSpan(pos - 1));
            return;
        }
        for (; pos < e; pos++) RawSet(pos, RawGet(pos + 1));
    }

    /// <summary>Raw <c>t[i] = t[i-1]</c> for i = <paramref name="e"/> down to <paramref name="pos"/>+1 (<c>table.insert</c>'s loop).</summary>
    /// <remarks>Only the first store (at <paramref name="e"/>, one past the border) can grow the table; the rest is a block move when it lies in the array part.</remarks>
    internal void ShiftUp(int pos, int e)
    {
        if (e <= pos) return;
        RawSet(e, RawGet(e - 1));
        e--;
        if (pos >= 1 && e <= _sizeArray)
        {
            if (pos < e) _array.AsSpan(pos - 1, e - pos).CopyTo(_array.AsSpan(pos));
            return;
        }
        for (int i = e; i > pos; i--) RawSet(i, RawGet(i - 1));
    }

    /// <summary>5.1's <c>luaH_set</c>: the value slot for <paramref name="key"/>, creating the key when absent; use before anything else touches the table.</summary>
    /// <exception cref="LuaException"><c>table index is nil</c> / <c>table index is NaN</c>, without position.</exception>
    public ref LuaValue Slot(LuaValue key)
    {
        _tmAbsent = 0;
        var o = key.Obj;
        if (ReferenceEquals(o, LuaValue.NumberTag))
        {
            double n = key.Num;
            int k = Truncate(n);
            if (k == n)
            {
                if ((uint)(k - 1) < (uint)_sizeArray) return ref _array[k - 1];
                ref var h = ref FindNum(n);
                if (!Unsafe.IsNullRef(ref h)) return ref h;
                return ref NewKey(key);
            }
            if (double.IsNaN(n)) throw new LuaException("table index is NaN");
        }
        else if (o is LuaString s)
        {
            ref var h = ref FindStr(s);
            if (!Unsafe.IsNullRef(ref h)) return ref h;
            return ref NewKey(key);
        }
        else if (o is null)
        {
            throw new LuaException("table index is nil");
        }
        ref var g = ref FindGeneric(key);
        if (!Unsafe.IsNullRef(ref g)) return ref g;
        return ref NewKey(key);
    }

    private ref LuaValue SlotNum(int key)
    {
        ref var h = ref FindNum(key);
        if (!Unsafe.IsNullRef(ref h)) return ref h;
        return ref NewKey(new LuaValue((double)key));
    }

    /// <summary>5.1's <c>luaH_resizearray</c>: gives the array part exactly <paramref name="size"/> slots.</summary>
    public void ResizeArray(int size) => Resize(size, _node == DummyNodes ? 0 : _node.Length);

    private LuaValue GetGeneric(LuaValue key)
    {
        ref var v = ref FindGeneric(key);
        return Unsafe.IsNullRef(ref v) ? default : v;
    }

    private LuaValue GetNumHash(int key)
    {
        ref var v = ref FindNum(key);
        return Unsafe.IsNullRef(ref v) ? default : v;
    }

    private void SetArrayVector(int size)
    {
        if (size > _array.Length) Array.Resize(ref _array, size);
        _sizeArray = size;
    }

    /// <summary>Gives the array storage room for keys up to <paramref name="lastKey"/> (rounded up to a power of two, the size 5.1 grows to), without changing the array part.</summary>
    /// <remarks>
    /// 5.1 grows the array part by rehashing at each power of two; the sizes (and so <c>#</c> and
    /// <c>next</c>) stay exactly that, but with the room already there a growth only moves the
    /// border instead of allocating and copying the whole part again.
    /// </remarks>
    public void ReserveArray(int lastKey)
    {
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)lastKey);
        if (capacity > _array.Length) Array.Resize(ref _array, capacity);
    }
}
