using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>Lua 5.1's <c>table</c> library (<c>ltablib.c</c>): concat, insert, remove, sort, maxn, getn, setn.</summary>
/// <remarks>
/// Every access is raw, as in 5.1 (<c>lua_rawgeti</c>/<c>lua_rawseti</c>); lengths are the border
/// <see cref="LuaTable.Length"/>. <c>sort</c> is 5.1's quicksort step for step, so the order of
/// comparator calls, the result of a non-strict comparator and the point where
/// <c>invalid order function for sorting</c> is raised all match the reference.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // stack buffers are written before they are read: zeroing them (up to 1 KB a call) is waste
public static class LuaTableLibrary
{
    private static readonly LuaNativeFunction SortFn = new("sort", Sort);

    public static void Open(LuaState L)
    {
        var t = new LuaTable(0, 9);
        LuaStandardLibrary.Register(t, "concat", Concat);
        LuaStandardLibrary.Register(t, "foreach", Foreach);
        LuaStandardLibrary.Register(t, "foreachi", Foreachi);
        LuaStandardLibrary.Register(t, "getn", Getn);
        LuaStandardLibrary.Register(t, "maxn", Maxn);
        LuaStandardLibrary.Register(t, "insert", Insert);
        LuaStandardLibrary.Register(t, "remove", Remove);
        LuaStandardLibrary.Register(t, "setn", Setn);
        t.RawSet(LuaString.Intern("sort"), new LuaValue(SortFn));
        L.Globals.RawSet(LuaString.Intern("table"), new LuaValue(t));
    }

    private static LuaValue Getn(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(new LuaValue(LuaArgs.CheckTable(L, args, 1).Length));

    private static LuaValue Setn(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        LuaArgs.CheckTable(L, args, 1);
        // 5.1.5 is built with luaL_setn defined away, so setn only complains.
        throw LuaErrors.Error(L, 1, "'setn' is obsolete");
    }

    private static LuaValue Maxn(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        double max = 0;
        LuaValue key = default;
        while (t.Next(ref key, out _))
        {
            if (key.IsNumber && key.Num > max) max = key.Num;
        }
        return L.Return1(new LuaValue(max));
    }

    // insert(t, v) appends at #t+1; insert(t, pos, v) shifts t[pos..e-1] up, where e grows to pos
    // when pos is past the end (so nothing moves and t[pos] is simply set).
    private static LuaValue Insert(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        int e = t.Length + 1;
        int pos;
        switch (args.Length)
        {
            case 2:
                pos = e;
                break;
            case 3:
                pos = LuaArgs.CheckInt(L, args, 2);
                if (pos > e) e = pos;
                t.ShiftUp(pos, e);
                break;
            default:
                throw LuaErrors.Error(L, 1, "wrong number of arguments to 'insert'");
        }
        t.RawSet(pos, args[^1]);
        return L.Return0();
    }

    // remove returns nothing at all (not nil) when pos is outside 1..#t.
    private static LuaValue Remove(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        int e = t.Length;
        int pos = LuaArgs.OptInt(L, args, 2, e);
        if (!(1 <= pos && pos <= e)) return L.Return0();
        var result = t.RawGet(pos);
        t.ShiftDown(pos, e);
        t.RawSet(e, default);
        return L.Return1(result);
    }

    /// <remarks>
    /// Two passes: the first measures (and raises 5.1's error at the first bad field), the second
    /// copies into a result of the exact size. A growing buffer would copy every byte about twice
    /// and, past 85,000 bytes, land its doublings in the large-object heap, whose budget triggers
    /// full collections (one per round in the json benchmark).
    /// </remarks>
    // Compiled by the JIT at first call, never taken from the precompiled image: a program calls
    // it a few hundred times over tens of thousands of pieces, below the call count that would
    // replace the precompiled code, whose loops (cast helpers, no inlined copies) ran 2.3 times
    // slower. 40,000 pieces 600 times: 0.39 -> 0.16 s; json 120 in process 1.545 -> 1.381 s.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LuaValue Concat(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var sep = LuaArgs.OptString(L, args, 2, LuaString.Empty);
        var t = LuaArgs.CheckTable(L, args, 1);
        int first = LuaArgs.OptInt(L, args, 3, 1);
        int last = LuaArgs.IsNoneOrNil(args, 4) ? t.Length : LuaArgs.CheckInt(L, args, 4);
        if (first > last) return L.Return1(new LuaValue(LuaString.Empty));
        // The usual buffer lies in the array part: its slots are read directly, and nothing
        // between the two passes can change them (the reads are raw, numbers are formatted here).
        var part = t.ArrayPart;
        bool direct = first >= 1 && last <= part.Length;
        var items = direct ? part.Slice(first - 1, last - first + 1) : default;
        Span<byte> number = stackalloc byte[LuaConvert.MaxNumberTextLength];
        long total = (long)sep.Length * ((long)last - first);
        for (long i = first; i <= last; i++)
        {
            var v = direct ? items[(int)(i - first)] : t.RawGet((int)i);
            if (v.Obj is LuaString s) total += s.Length;
            else if (v.IsNumber) total += LuaConvert.FormatNumber(v.Num, number);
            else throw LuaErrors.Error(L, 1, $"invalid value ({v.TypeName}) at index {i} in table for 'concat'");
        }
        if (first == last) return L.Return1(new LuaValue(LuaConvert.ToLuaString(t.RawGet(first))!));
        if (total > Array.MaxLength) throw new LuaException("not enough memory");
        byte[]? array = total > LuaString.InlineCapacity ? new byte[total] : null;
        Span<byte> result = array is not null ? array : stackalloc byte[LuaString.InlineCapacity];
        var dst = result;
        for (long i = first; i <= last; i++)
        {
            if (i > first && sep.Length != 0) dst = sep.AppendTo(dst);
            var v = direct ? items[(int)(i - first)] : t.RawGet((int)i);
            if (v.Obj is LuaString s) dst = s.AppendTo(dst);
            else
            {
                int n = LuaConvert.FormatNumber(v.Num, number);
                number[..n].CopyTo(dst);
                dst = dst[n..];
            }
        }
        return L.Return1(new LuaValue(array is not null ? new LuaString(array) : LuaString.From(result[..(int)total])));
    }

    // foreach/foreachi: deprecated in 5.1 but still present; they stop at the first non-nil result.
    private static LuaValue Foreachi(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        var f = LuaArgs.CheckFunction(L, args, 2);
        int n = t.Length;
        int depth = L.Depth;
        for (int i = 1; i <= n; i++)
        {
            var r = f.Invoke(L, new LuaValue(i), t.RawGet(i));
            L.Depth = depth;
            if (L.NRet > 0 && !r.IsNil) return L.Return1(r);
        }
        return L.Return0();
    }

    private static LuaValue Foreach(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        var f = LuaArgs.CheckFunction(L, args, 2);
        int depth = L.Depth;
        LuaValue key = default;
        while (t.Next(ref key, out var value))
        {
            var r = f.Invoke(L, key, value);
            L.Depth = depth;
            if (L.NRet > 0 && !r.IsNil) return L.Return1(r);
        }
        return L.Return0();
    }

    private static LuaValue Sort(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        int n = t.Length;
        LuaFunction? comp = null;
        if (!LuaArgs.IsNoneOrNil(args, 2)) comp = LuaArgs.CheckFunction(L, args, 2);
        var sorter = new Sorter(L, t, comp, L.Depth);
        // Comparisons run with sort's own frame pushed: errors they raise carry no position, as in 5.1.
        L.EnterNative(SortFn);
        sorter.AuxSort(1, n);
        L.Depth = sorter.CallerDepth;
        return L.Return0();
    }

    /// <summary>5.1's <c>auxsort</c>, with the values the C code keeps on the Lua stack held in locals.</summary>
    private readonly struct Sorter(LuaState L, LuaTable t, LuaFunction? comp, int callerDepth)
    {
        public int CallerDepth => callerDepth;

        // sort_comp: the comparator's truth, or a < b with metamethods (errors without position).
        private bool Less(LuaValue a, LuaValue b)
        {
            if (comp is null)
            {
                // Sorting keys (json's objects) compares strings: no type dispatch for them.
                if (a.Obj is LuaString sa && b.Obj is LuaString sb) return LuaString.Less(sa, sb);
                return LuaOps.Lt(L, a, b, 0);
            }
            int depth = L.Depth;
            var r = comp.Invoke(L, a, b);
            L.Depth = depth;
            return L.NRet > 0 && r.IsTruthy;
        }

        private LuaException InvalidOrder()
        {
            // luaL_error positions at sort's caller: drop sort's frame so Where(1) is that caller.
            L.Depth = callerDepth;
            return LuaErrors.Error(L, 1, "invalid order function for sorting");
        }

        public void AuxSort(int l, int u)
        {
            while (l < u)
            {
                // Order a[l], a[(l+u)/2], a[u] (median of three).
                var al = t.RawGet(l);
                var au = t.RawGet(u);
                if (Less(au, al))
                {
                    t.RawSet(l, au);
                    t.RawSet(u, al);
                }
                if (u - l == 1) break;
                int i = (l + u) / 2;
                var ai = t.RawGet(i);
                al = t.RawGet(l);
                if (Less(ai, al))
                {
                    t.RawSet(i, al);
                    t.RawSet(l, ai);
                }
                else
                {
                    au = t.RawGet(u);
                    if (Less(au, ai))
                    {
                        t.RawSet(i, au);
                        t.RawSet(u, ai);
                    }
                }
                if (u - l == 2) break;
                var pivot = t.RawGet(i);
                t.RawSet(i, t.RawGet(u - 1));
                t.RawSet(u - 1, pivot);
                // Invariant: a[l..i] <= P <= a[j..u]; only l+1..u-2 remain to partition.
                i = l;
                int j = u - 1;
                while (true)
                {
                    LuaValue x, y;
                    while (Less(x = t.RawGet(++i), pivot))
                    {
                        if (i > u) throw InvalidOrder();
                    }
                    while (Less(pivot, y = t.RawGet(--j)))
                    {
                        if (j < l) throw InvalidOrder();
                    }
                    if (j < i) break;
                    t.RawSet(i, y);
                    t.RawSet(j, x);
                }
                var last = t.RawGet(u - 1);
                t.RawSet(u - 1, t.RawGet(i));
                t.RawSet(i, last);
                // Recurse into the smaller half, loop on the larger one.
                if (i - l < u - i)
                {
                    j = l;
                    i--;
                    l = i + 2;
                }
                else
                {
                    j = i + 1;
                    i = u;
                    u = j - 2;
                }
                AuxSort(j, i);
            }
        }
    }
}
