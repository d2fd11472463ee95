using System.Numerics;
using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// The hash part: 5.1's node vector, main positions, collision handling and rehash, step for step.
public sealed partial class LuaTable
{
    private const int MaxBits = 26;
    private const int MaxArraySize = 1 << MaxBits;

    private struct Node
    {
        public LuaValue Key;
        public LuaValue Value;
        public int Next; // index of the next node in the chain, -1 at its end
        // The key's LuaHash when it is a string (it fills the struct's padding): a chain walk
        // compares it before it touches a key object that is not the one sought.
        public int KeyHash;
    }

    // 5.1's dummynode: one empty node shared by every table without a hash part; never written.
    private static readonly Node[] DummyNodes = [new Node { Next = -1 }];

    private Node[] _node = DummyNodes;
    private int _lastFree; // every node at or above it is known to be in use (5.1's lastfree)

    // A one-word Bloom filter over the string keys inserted since the node vector was made: a
    // clear bit proves a key absent without walking its chain. Objects miss on every method name
    // (methods live in the class), and in a full node vector each miss walked a whole chain.
    private ulong _strKeyBits;

    // Multiplicative mixing: 5.1's string hash leaves the high bits of short keys zero.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong StrKeyBit(int hash) => 1UL << (int)(((uint)hash * 0x9E3779B9u) >> 26);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HashMod(uint h) => (int)(h % (uint)((_node.Length - 1) | 1));

    /// <summary>5.1.5's <c>hashnum</c>: 0 (and -0) at node 0, else the two halves of the double added.</summary>
    private int MainPositionNum(double n)
    {
        if (n == 0) return 0;
        ulong bits = BitConverter.DoubleToUInt64Bits(n);
        return HashMod((uint)bits + (uint)(bits >> 32));
    }

    private int MainPosition(LuaValue key)
    {
        var o = key.Obj;
        if (ReferenceEquals(o, LuaValue.NumberTag)) return MainPositionNum(key.Num);
        if (o is LuaString s) return s.LuaHash & (_node.Length - 1);
        if (ReferenceEquals(o, LuaValue.TrueTag)) return 1 & (_node.Length - 1);
        if (ReferenceEquals(o, LuaValue.FalseTag)) return 0;
        // Pointers hash by address in C; a stable per-object hash plays that role here.
        return HashMod((uint)RuntimeHelpers.GetHashCode(o!));
    }

    /// <summary>The value slot of <paramref name="key"/>, or a null reference; the main position is tested inline, as in <see cref="RawGet(LuaString)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref LuaValue FindStr(LuaString key)
    {
        var node = _node;
        ref var n = ref node[key.LuaHash & (node.Length - 1)];
        if (ReferenceEquals(n.Key.Obj, key)) return ref n.Value;
        return ref FindStrChain(key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref LuaValue FindStrChain(LuaString key)
    {
        int i = IndexOfStr(key);
        return ref i < 0 ? ref Unsafe.NullRef<LuaValue>() : ref _node[i].Value;
    }

    /// <summary>The value at node <paramref name="slot"/> when that node holds <paramref name="key"/> (a site cache's hit test); the value may be nil.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetAtSlot(LuaString key, int slot, out LuaValue value)
    {
        var node = _node;
        if ((uint)slot < (uint)node.Length && ReferenceEquals(node[slot].Key.Obj, key))
        {
            value = node[slot].Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>True when the key filter proves <paramref name="key"/> absent (it covers every string key of the node vector).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool LacksStrKey(LuaString key) => (_strKeyBits & StrKeyBit(key.LuaHash)) == 0;

    /// <summary>A string-keyed read by chain walk that records in <paramref name="slot"/> the node where the key was found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal LuaValue RawGetRecording(LuaString key, ref int slot)
    {
        int i = IndexOfStr(key);
        if (i < 0) return default;
        slot = i;
        return _node[i].Value;
    }

    /// <summary>The node holding <paramref name="key"/>, or -1: the chain walk behind every string lookup's inline probe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOfStr(LuaString key)
    {
        var node = _node;
        int h = key.LuaHash;
        if ((_strKeyBits & StrKeyBit(h)) == 0) return -1;
        int i = h & (node.Length - 1);
        do
        {
            ref var n = ref node[i];
            if (ReferenceEquals(n.Key.Obj, key) || (n.KeyHash == h && n.Key.Obj is LuaString ks && ks.Equals(key))) return i;
            i = n.Next;
        } while (i >= 0);
        return -1;
    }

    /// <summary>Stores <paramref name="value"/> at node <paramref name="slot"/> when that node holds <paramref name="key"/> with a non-nil value (then no <c>__newindex</c> applies).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetAtSlot(LuaString key, LuaValue value, int slot)
    {
        var node = _node;
        if ((uint)slot < (uint)node.Length && ReferenceEquals(node[slot].Key.Obj, key) && !node[slot].Value.IsNil)
        {
            LuaValue.StoreInto(ref node[slot].Value, value);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="key"/> when the key already holds a non-nil
    /// value, recording in <paramref name="slot"/> the node where the key was found; false otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetExistingRecording(LuaString key, LuaValue value, ref int slot)
    {
        int i = IndexOfStr(key);
        if (i < 0 || _node[i].Value.IsNil) return false;
        slot = i;
        _node[i].Value = value;
        return true;
    }

    // Where this table (used as a metatable) last had its __index field: checked by reference to
    // the interned name first, so the usual class layout costs one compare instead of a lookup.
    // A stale hint (rehash, removal, weak clearing) fails the check and is looked up again.
    private int _indexHint = -1;

    /// <summary>This table's <c>__index</c> field, raw (what <c>GetMetamethod(LuaMetaEvent.Index)</c> gives).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue IndexMetamethod()
    {
        var node = _node;
        int i = _indexHint;
        if ((uint)i < (uint)node.Length && ReferenceEquals(node[i].Key.Obj, LuaMetaNames.IndexName)) return node[i].Value;
        return IndexMetamethodSlow();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LuaValue IndexMetamethodSlow()
    {
        var v = GetMetamethod(LuaMetaEvent.Index);
        if (v.IsNil) return v;
        var name = LuaMetaNames.Get(LuaMetaEvent.Index);
        var node = _node;
        for (int i = name.LuaHash & (node.Length - 1); i >= 0; i = node[i].Next)
        {
            if (ReferenceEquals(node[i].Key.Obj, name))
            {
                _indexHint = i;
                break;
            }
        }
        return v;
    }

    private ref LuaValue FindNum(double key)
    {
        var node = _node;
        int i = MainPositionNum(key);
        do
        {
            ref var n = ref node[i];
            if (ReferenceEquals(n.Key.Obj, LuaValue.NumberTag) && n.Key.Num == key) return ref n.Value;
            i = n.Next;
        } while (i >= 0);
        return ref Unsafe.NullRef<LuaValue>();
    }

    private ref LuaValue FindGeneric(LuaValue key)
    {
        var node = _node;
        int i = MainPosition(key);
        do
        {
            ref var n = ref node[i];
            if (n.Key.RawEquals(key)) return ref n.Value;
            i = n.Next;
        } while (i >= 0);
        return ref Unsafe.NullRef<LuaValue>();
    }

    /// <summary>5.1's <c>newkey</c>: inserts an absent key into the hash part and returns its (nil) value slot.</summary>
    /// <remarks>
    /// If the main position is taken, a free node comes from the end (<see cref="_lastFree"/>);
    /// a colliding node that is not in its own main position moves there, otherwise the new key
    /// does. With no free node the table is rehashed and the key inserted again.
    /// </remarks>
    private ref LuaValue NewKey(LuaValue key) => ref NewKey(key, key.Obj is LuaString s ? s.LuaHash : 0);

    /// <summary>
    /// <see cref="NewKey(LuaValue)"/> for a key whose string hash is known (0: not a string, or a
    /// string whose hash is 0, found through the key itself).
    /// </summary>
    /// <remarks>
    /// A node's <c>KeyHash</c> gives the main position of a string key without reading the key
    /// object: in a table of a million k-mers, both the colliding key's object and (in a rehash)
    /// each reinserted key's were a cache miss of their own.
    /// </remarks>
    private ref LuaValue NewKey(LuaValue key, int strHash)
    {
        var node = _node;
        int mp = strHash != 0 ? strHash & (node.Length - 1) : MainPosition(key);
        if (!node[mp].Value.IsNil || node == DummyNodes)
        {
            int free = GetFreePos();
            if (free < 0)
            {
                Rehash(key);
                return ref Slot(key);
            }
            int other = MainPositionOf(in node[mp]);
            if (other != mp)
            {
                // The colliding node is out of its main position: move it to the free node.
                while (node[other].Next != mp) other = node[other].Next;
                node[other].Next = free;
                node[free] = node[mp];
                node[mp].Next = -1;
                node[mp].Value = default;
            }
            else
            {
                // The colliding node is in its main position: the new key takes the free node.
                node[free].Next = node[mp].Next;
                node[mp].Next = free;
                mp = free;
            }
        }
        node[mp].Key = key;
        node[mp].KeyHash = strHash;
        if (strHash != 0 || key.Obj is LuaString) _strKeyBits |= StrKeyBit(strHash);
        return ref node[mp].Value;
    }

    /// <summary>The main position of the key in <paramref name="n"/>; a string key's comes from the node's <c>KeyHash</c>.</summary>
    /// <remarks>Invariant: a non-zero <c>KeyHash</c> is the <c>LuaHash</c> of a string key; every other key has 0.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int MainPositionOf(in Node n) => n.KeyHash != 0 ? n.KeyHash & (_node.Length - 1) : MainPosition(n.Key);

    private int GetFreePos()
    {
        var node = _node;
        while (_lastFree > 0)
        {
            _lastFree--;
            if (node[_lastFree].Key.IsNil) return _lastFree;
        }
        return -1;
    }

    private void SetNodeVector(int size)
    {
        _strKeyBits = 0;
        if (size == 0)
        {
            _node = DummyNodes;
            _lastFree = 0;
            return;
        }
        int lsize = CeilLog2((uint)size);
        if (lsize > MaxBits) throw new LuaException("table overflow");
        size = 1 << lsize;
        var node = new Node[size];
        for (int i = 0; i < node.Length; i++) node[i].Next = -1;
        _node = node;
        _lastFree = size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CeilLog2(uint x) => x <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount(x - 1);

    /// <summary>5.1's <c>arrayindex</c>: the key as an int when it is a number with an integral value, else -1.</summary>
    private static int ArrayIndex(LuaValue key)
    {
        if (!key.IsNumber) return -1;
        double n = key.Num;
        int k = Truncate(n);
        return k == n ? k : -1;
    }

    private static int CountInt(LuaValue key, Span<int> nums)
    {
        int k = ArrayIndex(key);
        if (0 < k && k <= MaxArraySize)
        {
            nums[CeilLog2((uint)k)]++;
            return 1;
        }
        return 0;
    }

    private int NumUseArray(Span<int> nums)
    {
        int ause = 0;
        int i = 1;
        for (int lg = 0, ttlg = 1; lg <= MaxBits; lg++, ttlg *= 2)
        {
            int lc = 0;
            int lim = ttlg;
            if (lim > _sizeArray)
            {
                lim = _sizeArray;
                if (i > lim) break;
            }
            // Count the keys in the slice (2^(lg-1), 2^lg].
            for (; i <= lim; i++)
                if (!_array[i - 1].IsNil) lc++;
            nums[lg] += lc;
            ause += lc;
        }
        return ause;
    }

    private int NumUseHash(Span<int> nums, ref int naSize)
    {
        int totalUse = 0, ause = 0;
        var node = _node;
        for (int i = node.Length - 1; i >= 0; i--)
        {
            if (!node[i].Value.IsNil)
            {
                ause += CountInt(node[i].Key, nums);
                totalUse++;
            }
        }
        naSize += ause;
        return totalUse;
    }

    /// <summary>5.1's <c>computesizes</c>: the largest power of two n such that more than n/2 of the slots 1..n would be used.</summary>
    private static int ComputeSizes(Span<int> nums, ref int naSize)
    {
        int a = 0, na = 0, n = 0;
        for (int i = 0, twotoi = 1; twotoi / 2 < naSize; i++, twotoi *= 2)
        {
            if (nums[i] > 0)
            {
                a += nums[i];
                if (a > twotoi / 2)
                {
                    n = twotoi;
                    na = a;
                }
            }
            if (a == naSize) break;
        }
        naSize = n;
        return na;
    }

    private void Rehash(LuaValue extraKey)
    {
        if (WeakTracked) LuaCollector.BeforeWeakRehash(this);
        Span<int> nums = stackalloc int[MaxBits + 1];
        int naSize = NumUseArray(nums);
        int totalUse = naSize;
        totalUse += NumUseHash(nums, ref naSize);
        naSize += CountInt(extraKey, nums);
        totalUse++;
        int na = ComputeSizes(nums, ref naSize);
        Resize(naSize, totalUse - na);
    }

    private void Resize(int naSize, int nhSize)
    {
        int oldASize = _sizeArray;
        var oldNode = _node;
        if (naSize > oldASize) SetArrayVector(naSize);
        SetNodeVector(nhSize);
        if (naSize < oldASize)
        {
            _sizeArray = naSize;
            // Keys of the vanishing slice move to the hash part.
            for (int i = naSize; i < oldASize; i++)
                if (!_array[i].IsNil) SlotNum(i + 1) = _array[i];
            Array.Resize(ref _array, naSize);
        }
        for (int i = oldNode.Length - 1; i >= 0; i--)
        {
            ref var old = ref oldNode[i];
            if (old.Value.IsNil) continue;
            // A string key is unique in the new vector and never goes to the array part, so
            // 5.1's luaH_set comes down to newkey; its hash is in the node.
            if (old.KeyHash != 0) NewKey(old.Key, old.KeyHash) = old.Value;
            else Slot(old.Key) = old.Value;
        }
    }
}
