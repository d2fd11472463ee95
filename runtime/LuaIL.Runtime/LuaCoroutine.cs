namespace LuaIL.Runtime;

/// <summary>A Lua coroutine (type <c>thread</c>): a body run in its resumable form on a thread state of its own, with no OS thread.</summary>
/// <remarks>
/// Suspension unwinds the .NET stack: each resumable frame saves its call site and chains into
/// <see cref="LuaState.YieldFrame"/>, so a suspended coroutine is just its chain of
/// <see cref="LuaFrame"/>s. Resuming re-enters that chain from the outermost frame.
/// </remarks>
public sealed class LuaCoroutine
{
    private const int MaxResumeNesting = 200;

    private LuaFrame? _suspended;
    private bool _started;

    public LuaCoroutine(LuaState creator, LuaClosure body)
    {
        Body = body;
        Thread = new LuaState(creator, this);
    }

    public LuaClosure Body { get; }

    /// <summary>The coroutine's own state: its stacks and frames.</summary>
    public LuaState Thread { get; }

    public LuaCoroutineStatus Status { get; private set; } = LuaCoroutineStatus.Suspended;

    /// <summary>The name <c>coroutine.status</c> gives <paramref name="status"/>.</summary>
    public static string StatusName(LuaCoroutineStatus status) => status switch
    {
        LuaCoroutineStatus.Suspended => "suspended",
        LuaCoroutineStatus.Running => "running",
        LuaCoroutineStatus.Normal => "normal",
        _ => "dead",
    };

    /// <summary>
    /// Runs the coroutine until it yields, returns or fails. On success the values yielded or
    /// returned are in the coroutine thread's result buffer (first value returned, count in NRet).
    /// </summary>
    /// <param name="caller">The thread resuming this coroutine (marked normal while this one runs).</param>
    /// <param name="error">The error value when the body failed, or the message when it could not be resumed.</param>
    public bool Resume(LuaState caller, ReadOnlySpan<LuaValue> args, out LuaValue first, out LuaValue error)
    {
        first = default;
        if (Status != LuaCoroutineStatus.Suspended)
        {
            error = LuaValue.String($"cannot resume {StatusName(Status)} coroutine");
            return false;
        }
        var L = Thread;
        // 5.1 counts nested resumes as C calls (LUAI_MAXCCALLS 200); each also needs real .NET stack.
        if (caller.ResumeNesting >= MaxResumeNesting || !LuaStackGuard.Sufficient())
        {
            error = LuaValue.String("C stack overflow");
            return false;
        }
        L.ResumeNesting = caller.ResumeNesting + 1;
        var outer = caller.Coroutine;
        if (outer is not null) outer.Status = LuaCoroutineStatus.Normal;
        Status = LuaCoroutineStatus.Running;
        LuaValue result;
        try
        {
            if (!_started)
            {
                _started = true;
                result = Body.InvokeResumable(L, args);
            }
            else
            {
                var frame = _suspended!;
                _suspended = null;
                result = frame.Function.Resume(L, frame, args);
            }
            if (L.TailCallee is not null) result = LuaFrame.CompleteTailCalls(L, result);
            if (L.Yielding)
            {
                // The yielded values are all in the result buffer (see coroutine.yield).
                result = L.NRet > 0 ? L.Ret[0] : default;
                L.Yielding = false;
                _suspended = L.YieldFrame;
                L.YieldFrame = null;
                Status = LuaCoroutineStatus.Suspended;
            }
            else Status = LuaCoroutineStatus.Dead;
        }
        catch (LuaException e)
        {
            Status = LuaCoroutineStatus.Dead;
            L.Yielding = false;
            L.YieldFrame = null;
            error = e.Value;
            return false;
        }
        finally
        {
            if (outer is not null) outer.Status = LuaCoroutineStatus.Running;
        }
        first = result;
        error = default;
        return true;
    }

    public override string ToString() => $"thread: {LuaConvert.AddressOf(this)}";
}

/// <summary>The states <c>coroutine.status</c> reports.</summary>
public enum LuaCoroutineStatus
{
    Suspended,
    Running,
    Normal,
    Dead,
}
