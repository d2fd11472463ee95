namespace LuaIL.Runtime;

/// <summary>Free heap frames of the resumable form, by register count, shared by a state and its coroutines.</summary>
/// <remarks>
/// Invariants: a frame is in the pool only after its function returned (never while suspended); pooled
/// frames have no cells and cleared registers, and chain through <see cref="LuaFrame.Child"/>. Each size
/// keeps at most <see cref="MaxPerSize"/> frames, so many coroutines finishing at once leave no large pool behind.
/// </remarks>
internal sealed class LuaFramePool
{
    private const int Sizes = 64;
    private const int MaxPerSize = 32;

    private readonly LuaFrame?[] _free = new LuaFrame?[Sizes];
    private readonly int[] _count = new int[Sizes];

    public LuaFrame? Take(LuaClosure function, int registers, int cells)
    {
        if (cells != 0 || registers >= Sizes || _free[registers] is not { } frame) return null;
        _free[registers] = frame.Child;
        _count[registers]--;
        frame.Reset(function);
        return frame;
    }

    public void Give(LuaFrame frame)
    {
        int registers = frame.Regs.Length;
        if (frame.Cells.Length != 0 || registers >= Sizes || _count[registers] >= MaxPerSize) return;
        Array.Clear(frame.Regs);
        frame.Varargs = null;
        frame.Child = _free[registers];
        _free[registers] = frame;
        _count[registers]++;
    }
}
