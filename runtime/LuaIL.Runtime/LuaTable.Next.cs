namespace LuaIL.Runtime;

// Traversal (5.1's luaH_next) and the length border search (luaH_getn).
public sealed partial class LuaTable
{
    /// <summary>5.1's <c>next</c>: the entry after <paramref name="key"/> (nil = first); false at the end; throws for a key not in the table.</summary>
    /// <remarks>Order: the array part by index, then the node vector by node index, as <c>luaH_next</c>.</remarks>
    public bool Next(ref LuaValue key, out LuaValue value) => NextAfter(FindIndex(key), ref key, out value) >= 0;

    /// <summary>
    /// One step of a <c>for k, v in pairs(t)</c> loop: as <see cref="Next"/>, but <paramref name="hint"/>
    /// keeps the traversal index of the key the previous step returned, so while the loop walks in
    /// order no step looks the key up again (5.1 does, in <c>findindex</c>). A stale hint is noticed
    /// because the slot no longer holds <paramref name="key"/>.
    /// </summary>
    public bool NextFrom(ref int hint, ref LuaValue key, out LuaValue value)
    {
        int i = hint;
        if (!IsTraversalIndexOf(i, key)) i = FindIndex(key);
        hint = NextAfter(i, ref key, out value);
        return hint >= 0;
    }

    private bool IsTraversalIndexOf(int i, LuaValue key)
    {
        if (key.IsNil) return i == -1;
        if ((uint)i < (uint)_sizeArray) return key.IsNumber && key.Num == i + 1;
        int n = i - _sizeArray;
        var node = _node;
        return (uint)n < (uint)node.Length && node[n].Key.RawEquals(key);
    }

    /// <summary>The first entry after traversal index <paramref name="i"/>: its index, or -1 at the end.</summary>
    private int NextAfter(int i, ref LuaValue key, out LuaValue value)
    {
        var array = _array;
        for (i++; i < _sizeArray; i++)
        {
            if (!array[i].IsNil)
            {
                key = new LuaValue((double)(i + 1));
                value = array[i];
                return i;
            }
        }
        var node = _node;
        for (int n = i - _sizeArray; n < node.Length; n++)
        {
            if (!node[n].Value.IsNil)
            {
                key = node[n].Key;
                value = node[n].Value;
                return n + _sizeArray;
            }
        }
        value = default;
        return -1;
    }

    /// <summary>5.1's <c>findindex</c>: the traversal index of <paramref name="key"/> (array slots first, then nodes), -1 for nil.</summary>
    private int FindIndex(LuaValue key)
    {
        if (key.IsNil) return -1;
        int i = ArrayIndex(key);
        if (0 < i && i <= _sizeArray) return i - 1;
        var node = _node;
        int n = MainPosition(key);
        do
        {
            // A key whose value became nil is still in its node, so next() can continue past it.
            if (node[n].Key.RawEquals(key)) return n + _sizeArray;
            n = node[n].Next;
        } while (n >= 0);
        throw new LuaException("invalid key to 'next'");
    }

    /// <summary>The border <c>#t</c> as 5.1's <c>luaH_getn</c> finds it.</summary>
    public int Length
    {
        get
        {
            uint j = (uint)_sizeArray;
            if (j > 0 && _array[j - 1].IsNil)
            {
                // There is a border in the array part: binary search for it.
                uint i = 0;
                while (j - i > 1)
                {
                    uint m = (i + j) / 2;
                    if (_array[m - 1].IsNil) j = m;
                    else i = m;
                }
                return (int)i;
            }
            if (_node == DummyNodes) return (int)j;
            return UnboundSearch(j);
        }
    }

    private int UnboundSearch(uint j)
    {
        uint i = j; // zero or a present index
        j++;
        while (!RawGetUnsigned(j).IsNil)
        {
            i = j;
            j *= 2;
            if (j > int.MaxValue)
            {
                // Built to defeat the doubling search: fall back to a linear one, as 5.1 does.
                i = 1;
                while (!RawGetUnsigned(i).IsNil) i++;
                return (int)(i - 1);
            }
        }
        while (j - i > 1)
        {
            uint m = (i + j) / 2;
            if (RawGetUnsigned(m).IsNil) j = m;
            else i = m;
        }
        return (int)i;
    }

    // luaH_getnum takes an int: values past int.MaxValue wrap exactly as the C cast does.
    private LuaValue RawGetUnsigned(uint k) => RawGet(unchecked((int)k));
}
