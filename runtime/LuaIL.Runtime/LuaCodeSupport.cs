using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>Small helpers that generated code calls; each is a one-liner the JIT inlines, kept here so the emitted IL stays short.</summary>
public static class LuaCodeSupport
{
    /// <summary>args[i], or nil past the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Arg(ReadOnlySpan<LuaValue> args, int i) => (uint)i < (uint)args.Length ? args[i] : default;

    /// <summary>The arguments from <paramref name="from"/> on, copied into a resumable frame's own array (the span dies with the call).</summary>
    public static LuaValue[] Varargs(ReadOnlySpan<LuaValue> args, int from)
        => args.Length > from ? args[from..].ToArray() : [];

    /// <summary>Result i (1-based position i+1) of the call that just returned; valid for i ≥ 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Result(LuaState L, int i) => i < L.NRet ? L.Ret[i] : default;

    /// <summary>Copies the results of the call that returned <paramref name="first"/> to dest[index..].</summary>
    public static void CopyResults(LuaState L, LuaValue first, LuaValue[] dest, int index)
    {
        int n = L.NRet;
        if (n == 1) dest[index] = first;
        else if (n > 1) LuaValueCopy.Forward(L.Ret.AsSpan(0, n), dest.AsSpan(index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTruthy(LuaValue v) => v.Obj is not null && !ReferenceEquals(v.Obj, LuaValue.FalseTag);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNil(LuaValue v) => v.Obj is null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Not(LuaValue v) => IsTruthy(v) ? LuaValue.False : LuaValue.True;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Boolean(bool b) => b ? LuaValue.True : LuaValue.False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Number(double d) => new(d);

    /// <summary>A table constructor's table, sized as 5.1's <c>OP_NEWTABLE</c> encodes the counts (which decides later layouts, hence <c>pairs</c> order).</summary>
    public static LuaValue NewTable(int arrayItems, int hashItems) => new(LuaTable.ForConstructor(arrayItems, hashItems));

    /// <summary><see cref="NewTable"/> with sizes the compiler has already rounded through <see cref="LuaTable.RoundConstructorSize"/>.</summary>
    /// <remarks>The rounding was two calls per constructor at run time; binary_trees builds a table per node.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue NewTableRounded(int arraySize, int hashSize)
        => new(arraySize == 0 && hashSize == 0 ? new LuaTable() : new LuaTable(arraySize, hashSize));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue FunctionValue(LuaFunction f) => new(f);

    /// <summary>A batch of positional items of a table constructor (the table is fresh, so no metamethods apply).</summary>
    public static void SetList(LuaValue table, int start, ReadOnlySpan<LuaValue> values) => LuaOps.SetList((LuaTable)table.Obj!, start, values);

    /// <summary>All results of the call that just returned <paramref name="first"/> into a constructor (<c>{ f() }</c>).</summary>
    public static void SetListResults(LuaValue table, int start, LuaState L, LuaValue first)
    {
        int n = L.NRet;
        if (n == 1) LuaOps.SetList((LuaTable)table.Obj!, start, new ReadOnlySpan<LuaValue>(in first));
        else LuaOps.SetList((LuaTable)table.Obj!, start, L.Ret.AsSpan(0, n));
    }

    /// <summary><c>obj[key]</c> for a key the compiler holds as a double: integral keys skip the key's type dispatch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue IndexNum(LuaState L, LuaValue obj, double key, string? desc, int line)
    {
        int k = LuaTable.Truncate(key);
        return k == key ? LuaOps.IndexInt(L, obj, k, desc, line) : LuaOps.IndexSlow(L, obj, new LuaValue(key), desc, line);
    }

    /// <summary><c>obj[key] = value</c> for a key held as a double; zero goes the general way, which keeps a new key -0 as -0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetIndexNum(LuaState L, LuaValue obj, double key, LuaValue value, string? desc, int line)
    {
        int k = LuaTable.Truncate(key);
        if (k == key && k != 0) LuaOps.SetIndexInt(L, obj, k, value, desc, line);
        // Not the inlined general store: its string-key path cannot apply and would only bloat the site.
        else LuaOps.SetIndexSlow(L, obj, new LuaValue(key), value, desc, line);
    }

    /// <summary>One numeric-for expression as a double (<paramref name="which"/>: 0 initial value, 1 limit, 2 step): a number as is, a string converted, else 5.1's <c>'for' ... must be a number</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ForNumber(LuaState L, LuaValue v, int which, int line)
        => v.IsNumber ? v.Num : ForNumberSlow(L, v, which, line);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ForNumberSlow(LuaState L, LuaValue v, int which, int line)
    {
        if (LuaConvert.TryToNumber(v, out double d)) return d;
        throw LuaErrors.AtLine(L, line, which switch
        {
            0 => "'for' initial value must be a number",
            1 => "'for' limit must be a number",
            _ => "'for' step must be a number",
        });
    }

    /// <summary>After <see cref="LuaOps.ForPrep"/> all three are numbers: 5.1 starts a loop at init - step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue NumSub(LuaValue a, LuaValue b) => new(a.Num - b.Num);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue NumAdd(LuaValue a, LuaValue b) => new(a.Num + b.Num);

    /// <summary>The numeric-for test: index ≤ limit for a positive step, index ≥ limit otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ForContinues(LuaValue index, LuaValue limit, LuaValue step)
        => step.Num > 0 ? index.Num <= limit.Num : limit.Num <= index.Num;

    /// <summary>Largest loop whose table storage is reserved up front (16 MB of values): a loop that breaks early wastes at most that.</summary>
    private const double MaxReservedKey = 1 << 20;

    /// <summary>Before <c>for i = init, limit do t[i] = ... end</c>: reserves <c>t</c>'s array storage when the loop will grow its array part from the border up.</summary>
    /// <remarks>A capacity hint only (see <see cref="LuaTable.ReserveArray"/>); anything else (not a table, a NaN limit, another step) leaves the table alone.</remarks>
    public static void ReserveForLoop(LuaValue t, double init, double limit, double step)
    {
        if (step == 1 && t.Obj is LuaTable table && init >= 1 && init <= table.ArraySize + 1
            && limit > table.ArraySize && limit <= MaxReservedKey)
            table.ReserveArray((int)limit);
    }
}
