namespace LuaIL.Runtime;

/// <summary>The heap frame of a suspended call of a function's resumable form (inside a coroutine): its saved registers, captured cells, and where to resume.</summary>
/// <remarks>
/// A running call keeps its registers in IL locals; it takes a frame (from the pool) only when it
/// first suspends, copies its registers in, and copies them back out when resumed.
/// Invariants: <see cref="Pc"/> is the index of the call site the frame is suspended at (valid only
/// while suspended); <see cref="Child"/> is the suspended frame of the Lua function that call was
/// running, or null when the call was to <c>coroutine.yield</c> itself.
/// </remarks>
public sealed class LuaFrame(LuaClosure function, int registers, int cells)
{
    public LuaClosure Function { get; private set; } = function;
    public readonly LuaValue[] Regs = registers == 0 ? [] : new LuaValue[registers];
    public readonly LuaCell?[] Cells = cells == 0 ? [] : new LuaCell?[cells];
    public LuaValue[]? Varargs;
    public int Pc;
    public LuaFrame? Child;

    /// <summary>Prepares a pooled frame for a new call (see <see cref="LuaState.AcquireFrame"/>).</summary>
    internal void Reset(LuaClosure function)
    {
        Function = function;
        Child = null;
        Pc = 0;
    }

    /// <summary>Resumes what the frame's suspended call was doing and returns that call's result (first value; the rest as usual in <c>L.Ret</c>).</summary>
    /// <remarks>When the call was to <c>coroutine.yield</c>, its results are the values passed to <c>resume</c>.</remarks>
    public static LuaValue ResumeChild(LuaState L, LuaFrame frame, ReadOnlySpan<LuaValue> resumeArgs)
    {
        var child = frame.Child;
        frame.Child = null;
        if (child is not null) return child.Function.Resume(L, child, resumeArgs);
        return resumeArgs.Length == 1 ? L.Return1(resumeArgs[0]) : L.ReturnMany(resumeArgs);
    }

    /// <summary>Runs the tail calls deferred by resumable frames until a call really returns (or suspends) and gives its result.</summary>
    public static LuaValue CompleteTailCalls(LuaState L, LuaValue result)
    {
        while (L.TailCallee is { } callee && !L.Yielding)
        {
            L.TailCallee = null;
            // The callee copies its arguments at entry, before it could defer a tail call of its own.
            result = callee.InvokeResumable(L, new ReadOnlySpan<LuaValue>(L.TailArgs, 0, L.TailArgCount));
        }
        return result;
    }

    /// <summary>Suspends <paramref name="frame"/> at call site <paramref name="pc"/>, chaining the frame that suspended below it.</summary>
    public static void Suspend(LuaState L, LuaFrame frame, int pc)
    {
        frame.Pc = pc;
        frame.Child = L.YieldFrame;
        L.YieldFrame = frame;
    }
}
