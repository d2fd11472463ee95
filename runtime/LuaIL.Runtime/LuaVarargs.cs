using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LuaIL.Runtime;

/// <summary>The extra arguments of a vararg function (<c>...</c>) in the fast form: a window of <see cref="LuaState.Stack"/>, never a fresh array.</summary>
/// <remarks>
/// Generated code keeps three locals: the array, the window's start and its length. The array is
/// the stack the values were on at entry; if the stack grows later the old array still holds them
/// (nothing writes below <see cref="LuaState.Top"/>'s value at entry again while the call runs), so
/// the window stays valid for the whole call.
/// </remarks>
public static class LuaVarargs
{
    /// <summary>
    /// Places the arguments from <paramref name="from"/> on for the call and returns the array holding
    /// them. Arguments the caller left under <see cref="LuaState.Top"/> (every call but a tail call)
    /// stay where they are; others are copied to the top of the stack, which is raised past them:
    /// the function restores <c>L.Top</c> to <paramref name="entryTop"/> when it returns.
    /// </summary>
    public static LuaValue[] Enter(LuaState L, ReadOnlySpan<LuaValue> args, int from, out int start, out int count, out int entryTop)
    {
        int top = L.Top;
        entryTop = top;
        int n = args.Length - from;
        if (n <= 0)
        {
            start = 0;
            count = 0;
            return [];
        }
        count = n;
        var s = L.Stack;
        int below = top - args.Length;
        if (below >= 0 && Unsafe.AreSame(ref MemoryMarshal.GetReference(args), ref s[below]))
        {
            start = top - n;
            return s;
        }
        s = L.Reserve(n);
        // Copy handles overlap: a tail call's arguments may sit just above Top.
        LuaValueCopy.Forward(args[from..], s.AsSpan(top, n));
        L.Top = top + n;
        start = top;
        return s;
    }

    /// <summary>The i-th extra argument (0-based), or nil.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue At(LuaValue[] values, int start, int count, int i)
        => (uint)i < (uint)count ? values[start + i] : default;

    /// <summary>
    /// The 0-based position <c>select(i, ...)</c> starts at when <paramref name="i"/> is a number with an
    /// integral value of at least 1, as nearly every call passes; -1 leaves the call to <c>select</c>
    /// itself, which coerces strings and raises its errors. A position past the end reads nil.
    /// </summary>
    public static int SelectStart(LuaValue i)
    {
        if (!i.IsNumber) return -1;
        double d = i.Num;
        if (!(d >= 1 && d <= int.MaxValue)) return -1;
        int k = (int)d;
        return k == d ? k - 1 : -1;
    }

    /// <summary>Copies all extra arguments to dest[index..] (expanding <c>...</c> into a call, return or constructor).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(LuaValue[] values, int start, int count, LuaValue[] dest, int index)
    {
        // The window lies below the destination (the values above L.Top at entry), so they never overlap.
        if (count == 1) dest[index] = values[start];
        else if (count > 1) LuaValueCopy.Forward(values.AsSpan(start, count), dest.AsSpan(index, count));
    }

    /// <summary>5.1's compatibility <c>arg</c> table of a vararg function: the extra arguments plus <c>n</c>.</summary>
    public static LuaValue ArgTable(LuaValue[] values, int start, int count)
    {
        var t = new LuaTable(count, 1);
        for (int i = 0; i < count; i++) t.RawSet(i + 1, values[start + i]);
        t.RawSet(LuaString.FromLatin1("n"), new LuaValue(count));
        return new LuaValue(t);
    }
}
