using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LuaIL.Runtime;

/// <summary>The extra arguments of a vararg function (<c>...</c>) in the fast form: a window over the caller's values, never a fresh array.</summary>
/// <remarks>
/// Generated code keeps the window in one span local. It points at the caller's own arguments when
/// nothing can overwrite them while the call runs: values under <see cref="LuaState.Top"/> (a caller
/// raises Top over the arguments it writes on the stack), or memory that is not the value stack at
/// all, such as a caller's inline argument buffer on the .NET stack. If the stack grows later the
/// old array still holds the values, since nothing writes to it again.
/// </remarks>
public static class LuaVarargs
{
    /// <summary>
    /// The window of the arguments from <paramref name="from"/> on. Arguments lying on the stack at or
    /// above <see cref="LuaState.Top"/> (a tail call's, which no frame protects) are copied to the top
    /// of the stack, which is raised past them: the function restores <c>L.Top</c> to its value at entry
    /// when it returns.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<LuaValue> Enter(LuaState L, ReadOnlySpan<LuaValue> args, int from)
    {
        if (args.Length <= from) return default;
        var s = L.Stack;
        // Unrelated memory gives an offset outside the array's data; an offset inside it is an index.
        nint offset = Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(s), ref MemoryMarshal.GetReference(args));
        if ((nuint)offset >= (nuint)s.Length * (nuint)Unsafe.SizeOf<LuaValue>()) return args[from..];
        return EnterFromStack(L, args, from, (int)(offset / Unsafe.SizeOf<LuaValue>()));
    }

    private static ReadOnlySpan<LuaValue> EnterFromStack(LuaState L, ReadOnlySpan<LuaValue> args, int from, int at)
    {
        int top = L.Top;
        if (at + args.Length <= top) return args[from..];
        if (at == top)
        {
            // A tail call's arguments start at Top: raising Top over them protects them where they are.
            L.Top = top + args.Length;
            return args[from..];
        }
        int n = args.Length - from;
        var s = L.Reserve(n);
        // Copy handles overlap: a tail call's arguments may sit just above Top.
        LuaValueCopy.Forward(args[from..], s.AsSpan(top, n));
        L.Top = top + n;
        return new ReadOnlySpan<LuaValue>(s, top, n);
    }

    /// <summary>The i-th extra argument (0-based), or nil.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue At(ReadOnlySpan<LuaValue> window, int i)
        => (uint)i < (uint)window.Length ? window[i] : default;

    /// <summary>
    /// The 0-based position <c>select(i, ...)</c> starts at when <paramref name="i"/> is a number with an
    /// integral value of at least 1, as nearly every call passes; -1 leaves the call to <c>select</c>
    /// itself, which coerces strings and raises its errors. A position past the end reads nil.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SelectStart(LuaValue i)
    {
        if (!i.IsNumber) return -1;
        double d = i.Num;
        if (!(d >= 1 && d <= int.MaxValue)) return -1;
        int k = (int)d;
        return k == d ? k - 1 : -1;
    }

    /// <summary><c>return select('#', ...)</c>.</summary>
    public static LuaValue ReturnCount(LuaState L, ReadOnlySpan<LuaValue> window) => L.Return1(new LuaValue(window.Length));

    /// <summary><c>return select(i, ...)</c> for a valid 0-based start: the extra arguments from there on.</summary>
    public static LuaValue ReturnFrom(LuaState L, ReadOnlySpan<LuaValue> window, int start)
        => start < window.Length ? L.ReturnMany(window[start..]) : L.Return0();

    /// <summary>Copies all extra arguments to dest[index..] (expanding <c>...</c> into a call, return or constructor).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(ReadOnlySpan<LuaValue> window, LuaValue[] dest, int index)
    {
        // The window lies below L.Top's value at entry or off the stack, so it never overlaps the destination.
        if (window.Length == 1) dest[index] = window[0];
        else if (window.Length > 1) LuaValueCopy.Forward(window, dest.AsSpan(index, window.Length));
    }

    /// <summary>5.1's compatibility <c>arg</c> table of a vararg function: the extra arguments plus <c>n</c>.</summary>
    public static LuaValue ArgTable(ReadOnlySpan<LuaValue> window)
    {
        var t = new LuaTable(window.Length, 1);
        for (int i = 0; i < window.Length; i++) t.RawSet(i + 1, window[i]);
        t.RawSet(LuaString.FromLatin1("n"), new LuaValue(window.Length));
        return new LuaValue(t);
    }
}
