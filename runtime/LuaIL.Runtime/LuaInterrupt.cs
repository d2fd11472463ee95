namespace LuaIL.Runtime;

/// <summary>Lets a host stop (or inspect) a running script from any thread: a deadline timer, <c>SCRIPT KILL</c>, a cancelled request.</summary>
/// <remarks>
/// Generated code tests <see cref="Pending"/> at every loop back-edge and before every tail call:
/// every way a script can run forever passes one of them (unbounded ordinary recursion ends in
/// <c>stack overflow</c> first). The test is two loads and a branch until a request is made.
/// One instance is shared by a state and all its coroutines.
/// </remarks>
public sealed class LuaInterrupt
{
    private volatile Func<LuaState, Exception?>? _handler;

    /// <summary>True while a request waits to be handled; read by generated code.</summary>
    public volatile bool Pending;

    /// <summary>
    /// Asks the running script to call <paramref name="handler"/> at its next check. The exception the
    /// handler returns is thrown in the script (a <see cref="LuaTerminatedException"/> cannot be
    /// caught by <c>pcall</c>); returning null lets the script go on.
    /// </summary>
    public void Request(Func<LuaState, Exception?> handler)
    {
        _handler = handler;
        Pending = true;
    }

    /// <summary>Withdraws a request that was not handled yet.</summary>
    public void Clear()
    {
        Pending = false;
        _handler = null;
    }

    // Set from the finalizer thread when the state's collector wants a collection (see LuaCollector).
    private volatile bool _collect;

    /// <summary>Asks the running script to run a collection of its weak tables at its next check.</summary>
    internal void RequestCollection()
    {
        _collect = true;
        Pending = true;
    }

    /// <summary>Called by generated code when <see cref="Pending"/> is set.</summary>
    public void Handle(LuaState L)
    {
        if (_collect)
        {
            _collect = false;
            L.Collector.CollectRequested(L);
            if (_handler is null)
            {
                Pending = false;
                return;
            }
        }
        var handler = _handler;
        Pending = false;
        _handler = null;
        if (handler?.Invoke(L) is { } error) throw error;
    }
}

/// <summary>Ends a script from outside (a kill or a deadline): not a Lua error, so neither <c>pcall</c> nor <c>coroutine.resume</c> catches it.</summary>
public sealed class LuaTerminatedException(string message) : Exception(message);
