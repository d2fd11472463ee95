using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>A <c>math</c> function of one number (<c>sqrt</c>, <c>floor</c>, <c>sin</c>, ...): a number argument is computed without the general native-call path.</summary>
/// <remarks>
/// Through <see cref="LuaNativeFunction"/> a call went through two delegates, a span over the
/// argument and the argument check: nbody's <c>sqrt(d2)</c> in its inner loop. Anything but a
/// number takes the general path, so conversions of strings and 5.1's messages are unchanged.
/// </remarks>
internal sealed class LuaMathFunction(string name, Func<double, double> op) : LuaFunction
{
    public override string Name => name;

    public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => L.Return1(op(LuaArgs.CheckNumber(L, args, 1)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override LuaValue Invoke(LuaState L, LuaValue a)
        => a.IsNumber ? L.Return1(op(a.Num)) : Invoke(L, new ReadOnlySpan<LuaValue>(in a));
}
