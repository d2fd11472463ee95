using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>The operations generated code calls: each has an inlined fast path and an out-of-line slow path with metamethods and errors.</summary>
/// <remarks>
/// <c>desc</c> parameters name the operand for messages as 5.1's <c>getobjname</c> does
/// (<c>global 'x'</c>, <c>local 'x'</c>, <c>field 'x'</c>, <c>upvalue 'x'</c>, <c>method 'x'</c>), or are
/// null; <c>line</c> is the source line of the operation, a constant at every call site, used only
/// when an error is raised. CONTRACT ONLY: bodies are being written.
/// </remarks>
public static partial class LuaOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Add(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
        => a.IsNumber && b.IsNumber ? new LuaValue(a.Num + b.Num) : ArithSlow(L, ArithOp.Add, a, b, descA, descB, line);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Sub(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
        => a.IsNumber && b.IsNumber ? new LuaValue(a.Num - b.Num) : ArithSlow(L, ArithOp.Sub, a, b, descA, descB, line);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Mul(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
        => a.IsNumber && b.IsNumber ? new LuaValue(a.Num * b.Num) : ArithSlow(L, ArithOp.Mul, a, b, descA, descB, line);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Div(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
        => a.IsNumber && b.IsNumber ? new LuaValue(a.Num / b.Num) : ArithSlow(L, ArithOp.Div, a, b, descA, descB, line);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Mod(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
        => a.IsNumber && b.IsNumber ? new LuaValue(NumMod(a.Num, b.Num)) : ArithSlow(L, ArithOp.Mod, a, b, descA, descB, line);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Pow(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line)
        => a.IsNumber && b.IsNumber ? new LuaValue(Math.Pow(a.Num, b.Num)) : ArithSlow(L, ArithOp.Pow, a, b, descA, descB, line);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Unm(LuaState L, LuaValue a, string? desc, int line)
        => a.IsNumber ? new LuaValue(-a.Num) : UnmSlow(L, a, desc, line);

    /// <summary>5.1's <c>luai_nummod</c>: <c>a - floor(a/b)*b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NumMod(double a, double b) => a - Math.Floor(a / b) * b;

    // ---- contract: implemented in LuaOps.*.cs ----
    public static LuaValue ArithSlow(LuaState L, ArithOp op, LuaValue a, LuaValue b, string? descA, string? descB, int line) => throw new NotImplementedException();
    public static LuaValue UnmSlow(LuaState L, LuaValue a, string? desc, int line) => throw new NotImplementedException();
    /// <summary><c>#a</c>: byte length of strings, border of tables (no <c>__len</c> for tables in 5.1), else <c>__len</c> or an error.</summary>
    public static LuaValue Len(LuaState L, LuaValue a, string? desc, int line) => throw new NotImplementedException();
    /// <summary><c>a .. b</c> with numbers formatted by <c>%.14g</c>, then <c>__concat</c>, then the error.</summary>
    public static LuaValue Concat(LuaState L, LuaValue a, LuaValue b, string? descA, string? descB, int line) => throw new NotImplementedException();
    /// <summary><c>a == b</c>: raw equality, then <c>__eq</c> when both are tables (or both userdata) with the same handler.</summary>
    public static bool Eq(LuaState L, LuaValue a, LuaValue b) => throw new NotImplementedException();
    /// <summary><c>a &lt; b</c>: numbers, strings (byte order), then <c>__lt</c>, else <c>attempt to compare X with Y</c>.</summary>
    public static bool Lt(LuaState L, LuaValue a, LuaValue b, int line) => throw new NotImplementedException();
    /// <summary><c>a &lt;= b</c>: as <see cref="Lt"/>, with <c>__le</c> falling back to <c>not __lt(b, a)</c>.</summary>
    public static bool Le(LuaState L, LuaValue a, LuaValue b, int line) => throw new NotImplementedException();
    /// <summary><c>obj[key]</c> with <c>__index</c> chains and the string metatable.</summary>
    public static LuaValue Index(LuaState L, LuaValue obj, LuaValue key, string? desc, int line) => throw new NotImplementedException();
    /// <summary><c>obj[key] = value</c> with <c>__newindex</c> chains; <c>table index is nil</c>/<c>NaN</c>.</summary>
    public static void SetIndex(LuaState L, LuaValue obj, LuaValue key, LuaValue value, string? desc, int line) => throw new NotImplementedException();
    /// <summary>A global read: <c>env[key]</c>, honouring a metatable on the environment.</summary>
    public static LuaValue GetGlobal(LuaState L, LuaTable env, LuaValue key, int line) => throw new NotImplementedException();
    public static void SetGlobal(LuaState L, LuaTable env, LuaValue key, LuaValue value, int line) => throw new NotImplementedException();
    /// <summary>The function to call for <paramref name="f"/>: itself, or a wrapper that calls <c>__call</c> with <paramref name="f"/> prepended; else <c>attempt to call ...</c>.</summary>
    public static LuaFunction ToCallable(LuaState L, LuaValue f, string? desc, int line) => throw new NotImplementedException();
    /// <summary>Coerces the three numeric-for expressions (strings convert), or raises <c>'for' initial value must be a number</c> etc.</summary>
    public static void ForPrep(LuaState L, ref LuaValue init, ref LuaValue limit, ref LuaValue step, int line) => throw new NotImplementedException();
    /// <summary>Stores <paramref name="values"/> at <c>t[start]</c>, <c>t[start+1]</c>, … raw (table constructors).</summary>
    public static void SetList(LuaTable t, int start, ReadOnlySpan<LuaValue> values) => throw new NotImplementedException();
}

/// <summary>The binary arithmetic events, in 5.1's order.</summary>
public enum ArithOp
{
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}
