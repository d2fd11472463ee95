using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>The operations generated code calls: each has an inlined fast path and an out-of-line slow path with metamethods and errors.</summary>
/// <remarks>
/// <c>desc</c> parameters name the operand for messages as 5.1's <c>getobjname</c> does
/// (<c>global 'x'</c>, <c>local 'x'</c>, <c>field 'x'</c>, <c>upvalue 'x'</c>, <c>method 'x'</c>), or are
/// null; <c>line</c> is the source line of the operation, a constant at every call site, used only
/// when an error is raised.
/// The slow paths, metamethods and errors live in the partial files <c>LuaOps.*.cs</c>.
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
