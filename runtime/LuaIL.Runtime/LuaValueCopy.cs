using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>Copies of the few values a call, return, resume or yield moves.</summary>
/// <remarks>
/// A bulk copy of structs holding references goes through checks and a write-barrier batch whose
/// setup costs more than copying two or three values one by one; in coroutine_ring the bulk
/// copies were a tenth of the run.
/// </remarks>
internal static class LuaValueCopy
{
    private const int ElementwiseLimit = 8;

    /// <summary>Copies <paramref name="from"/> to the start of <paramref name="to"/>; front to back, so the destination may overlap the source only at or below it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Forward(ReadOnlySpan<LuaValue> from, Span<LuaValue> to)
    {
        if (from.Length > ElementwiseLimit)
        {
            from.CopyTo(to);
            return;
        }
        to = to[..from.Length];
        for (int i = 0; i < from.Length; i++) to[i] = from[i];
    }
}
