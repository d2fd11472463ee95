using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>A cheaper <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> for checks made again and again at about the same depth.</summary>
/// <remarks>
/// The stack grows down: once the real check passed at some address, any frame at that address or
/// above it has at least as much room left. Each thread remembers the deepest address that passed
/// and asks the runtime only below it. Measured with a Stopwatch loop on this machine kind: the
/// runtime's check costs about 5 ns a call, a resume/yield round trip of the ring benchmark about 80.
/// </remarks>
internal static class LuaStackGuard
{
    [ThreadStatic]
    private static nuint t_passedAt;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe bool Sufficient()
    {
        int marker = 0;
        nuint here = (nuint)(&marker);
        return here >= t_passedAt && t_passedAt != 0 || SufficientSlow(here);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SufficientSlow(nuint here)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        if (t_passedAt == 0 || here < t_passedAt) t_passedAt = here;
        return true;
    }
}
