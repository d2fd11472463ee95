using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>One Lua thread of execution: value stack, result buffer, call frames, and the globals it shares with its heap.</summary>
/// <remarks>
/// Invariants: <see cref="Stack"/>[0..<see cref="Top"/>) belongs to calls in progress (argument
/// spans); <see cref="Ret"/>[0..<see cref="NRet"/>) holds the last call's results when NRet &gt; 1.
/// <see cref="Frames"/>[1..<see cref="Depth"/>] describes the active Lua frames (and the native
/// frames that call back into Lua), innermost last; <see cref="Frames"/> is always longer than
/// <see cref="DepthCheckpoint"/>, so generated code indexes it without a bounds failure.
/// </remarks>
public sealed class LuaState
{
    /// <summary>The deepest call nesting before <c>stack overflow</c>.</summary>
    /// <remarks>5.1 allows 20000 call infos, two of which lua.c's own C frames take before the script's main chunk runs.</remarks>
    public const int MaxDepth = 19998;

    // How many frames may be entered between two checks of the remaining .NET stack.
    private const int CheckInterval = 32;

    public LuaValue[] Stack;
    public int Top;

    public LuaValue[] Ret;
    public int NRet;

    public CallFrame[] Frames;
    public int Depth;
    public int DepthCheckpoint;

    /// <summary>Set by <c>coroutine.yield</c> while the resumable frames of this thread unwind to <c>resume</c>.</summary>
    public bool Yielding;

    /// <summary>While <see cref="Yielding"/>: the outermost frame suspended so far (frames chain inward through <see cref="LuaFrame.Child"/>).</summary>
    public LuaFrame? YieldFrame;

    /// <summary>A tail call the resumable form deferred to its caller (a trampoline keeps coroutine tail recursion in constant stack).</summary>
    public LuaFunction? TailCallee;
    public LuaValue[] TailArgs = [];
    public int TailArgCount;

    /// <summary>Records <c>return f(args)</c> for the caller to run once this frame is gone.</summary>
    public void DeferTailCall(LuaFunction callee, ReadOnlySpan<LuaValue> args)
    {
        if (TailArgs.Length < args.Length) TailArgs = new LuaValue[Math.Max(args.Length, 8)];
        LuaValueCopy.Forward(args, TailArgs);
        TailArgCount = args.Length;
        TailCallee = callee;
    }

    // Free heap frames of the resumable form: a call inside a coroutine reuses one instead of
    // allocating. One pool serves a state and all the coroutines created from it, so a stream of
    // short-lived coroutines reuses the frames of those that finished.
    private LuaFramePool? _framePool;

    /// <summary>A heap frame for a resumable call of <paramref name="function"/>: a pooled one when available.</summary>
    public LuaFrame AcquireFrame(LuaClosure function, int registers, int cells)
        => _framePool?.Take(function, registers, cells) ?? new LuaFrame(function, registers, cells);

    /// <summary>Returns a frame whose function has returned; its registers are cleared so the pool keeps nothing alive.</summary>
    public void ReleaseFrame(LuaFrame frame) => (_framePool ??= new LuaFramePool()).Give(frame);

    public LuaState() : this(new LuaTable()) { }

    public LuaState(LuaTable globals)
    {
        Globals = globals;
        Interrupt = new LuaInterrupt();
        Collector = new LuaCollector(Interrupt);
        Stack = new LuaValue[256];
        Ret = new LuaValue[16];
        Frames = new CallFrame[CheckInterval * 4];
        DepthCheckpoint = CheckInterval;
    }

    /// <summary>A coroutine's thread: its own stacks (small, they grow on demand), sharing everything global with <paramref name="parent"/>.</summary>
    public LuaState(LuaState parent, LuaCoroutine coroutine)
    {
        Globals = parent.Globals;
        StringMetatable = parent.StringMetatable;
        ChunkLoader = parent.ChunkLoader;
        _standardOutput = parent.StandardOutput;
        Interrupt = parent.Interrupt;
        Collector = parent.Collector;
        Coroutine = coroutine;
        _framePool = parent._framePool ??= new LuaFramePool();
        // Small: 100,000 suspended coroutines must fit in well under 200 MB; everything grows on demand.
        Stack = new LuaValue[8];
        Ret = new LuaValue[4];
        Frames = new CallFrame[8];
        DepthCheckpoint = 4;
    }

    /// <summary>How a host stops this state's scripts from outside; shared with its coroutines.</summary>
    public readonly LuaInterrupt Interrupt;

    /// <summary>The collector that clears weak tables; shared with its coroutines.</summary>
    public readonly LuaCollector Collector;

    /// <summary>How many resumes are nested below this thread (the main thread's is 0).</summary>
    internal int ResumeNesting;

    /// <summary>The coroutine this thread runs, or null for the main thread.</summary>
    public LuaCoroutine? Coroutine { get; }

    /// <summary>The global table (<c>_G</c>): the environment of chunks loaded into this state.</summary>
    public LuaTable Globals { get; }

    /// <summary>The metatable shared by all strings (its <c>__index</c> is the string library).</summary>
    public LuaTable? StringMetatable { get; set; }

    /// <summary>Compiles source text at run time, for <c>loadstring</c>, <c>load</c>, <c>dofile</c>; null when the host plugged in no compiler.</summary>
    public ILuaChunkLoader? ChunkLoader { get; set; }

    /// <summary>Where <c>print</c> and <c>io.write</c> send bytes.</summary>
    public Stream StandardOutput
    {
        get => _standardOutput ??= Console.OpenStandardOutput();
        set => _standardOutput = value;
    }

    private Stream? _standardOutput;

    /// <summary>Ensures room for <paramref name="n"/> values above <see cref="Top"/> and returns the (possibly new) stack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue[] Reserve(int n)
    {
        var s = Stack;
        if (Top + n > s.Length) s = GrowStack(n);
        return s;
    }

    private LuaValue[] GrowStack(int n)
    {
        // Old spans stay valid: they keep the old array alive, and nobody writes to it again.
        int size = Math.Max(Stack.Length * 2, Top + n + 16);
        Array.Resize(ref Stack, size);
        return Stack;
    }

    /// <summary>Makes room for <paramref name="n"/> results and returns the result buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue[] ReserveResults(int n)
    {
        var r = Ret;
        if (n > r.Length) r = Ret = new LuaValue[Math.Max(n, r.Length * 2)];
        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue Return0()
    {
        NRet = 0;
        return default;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue Return1(LuaValue a)
    {
        NRet = 1;
        return a;
    }

    public LuaValue Return2(LuaValue a, LuaValue b)
    {
        var r = ReserveResults(2);
        r[0] = a;
        r[1] = b;
        NRet = 2;
        return a;
    }

    /// <summary>Returns two numbers (find's positions): built here around the number tag, they are stored without write barriers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LuaValue ReturnNumbers(double a, double b)
    {
        var r = ReserveResults(2);
        r[0] = new LuaValue(a);
        r[1] = new LuaValue(b);
        NRet = 2;
        return new LuaValue(a);
    }

    public LuaValue Return3(LuaValue a, LuaValue b, LuaValue c)
    {
        var r = ReserveResults(3);
        r[0] = a;
        r[1] = b;
        r[2] = c;
        NRet = 3;
        return a;
    }

    /// <summary>Returns all of <paramref name="values"/> (which may alias <see cref="Ret"/>).</summary>
    public LuaValue ReturnMany(ReadOnlySpan<LuaValue> values)
    {
        int n = values.Length;
        if (n <= 1) return n == 0 ? Return0() : Return1(values[0]);
        var r = ReserveResults(n);
        LuaValueCopy.Forward(values, r);
        NRet = n;
        return r[0];
    }

    /// <summary>The results of the call that just returned <paramref name="first"/>, as a fresh array.</summary>
    public LuaValue[] TakeResults(LuaValue first)
    {
        int n = NRet;
        if (n == 0) return [];
        if (n == 1) return [first];
        return Ret.AsSpan(0, n).ToArray();
    }

    /// <summary>Called by a function entry when <see cref="Depth"/> passes <see cref="DepthCheckpoint"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void CheckDepth(int depth)
    {
        if (depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw LuaErrors.Error(this, 1, "stack overflow");
        if (Frames.Length <= depth + CheckInterval)
            Array.Resize(ref Frames, Math.Min(Math.Max(Frames.Length * 2, depth + CheckInterval + 1), MaxDepth + CheckInterval + 1));
        DepthCheckpoint = Math.Min(depth + CheckInterval, MaxDepth + 1);
    }

    /// <summary>
    /// Records that the innermost Lua frame is at <paramref name="line"/> before a runtime helper calls a
    /// metamethod, so that errors with levels inside the handler (<c>error(msg, 2)</c>) point at the operation.
    /// </summary>
    public void NoteCallLine(int line)
    {
        if (line > 0 && Depth >= 1 && Frames[Depth].Function is LuaClosure) Frames[Depth].Site = ~line;
    }

    /// <summary>Enters a native frame, so that error levels and tracebacks see the host function (as 5.1 sees C functions).</summary>
    public int EnterNative(LuaFunction fn)
    {
        int d = Depth + 1;
        if (d > DepthCheckpoint) CheckDepth(d);
        Depth = d;
        Frames[d] = new CallFrame(fn, -1);
        return d;
    }

    /// <summary>Where execution is at <paramref name="level"/> (1 = the innermost frame) as <c>chunk:line:</c>, or "" when unknown (as <c>luaL_where</c>).</summary>
    public string Where(int level)
    {
        int d = FrameAtLevel(level);
        if (d < 1) return "";
        ref var f = ref Frames[d];
        int line = f.Line;
        return f.Function is LuaClosure c && line > 0 ? $"{c.Info.ShortSource}:{line}: " : "";
    }

    /// <summary>
    /// Called by <c>return f(args)</c> with a Lua callee, in the frame at <paramref name="depth"/> just before it gives its
    /// place to <paramref name="callee"/>: counts one more "(tail call)" level between the callee and the caller below.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NoteTailCall(int depth, LuaFunction callee)
    {
        ref var caller = ref Frames[depth - 1];
        // A frame that was itself reached by tail calls from the same call continues the chain.
        caller.TailCalls = TailCallsBelow(depth) + 1;
        caller.TailSite = caller.Site;
        // Tail recursion notes the same references again and again: skip their write barriers.
        if (!ReferenceEquals(caller.TailOwner, caller.Function)) caller.TailOwner = caller.Function;
        if (!ReferenceEquals(caller.TailTarget, callee)) caller.TailTarget = callee;
    }

    /// <summary>How many "(tail call)" levels lie between frame <paramref name="d"/> and the frame below it (5.1's <c>ci->tailcalls</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int TailCallsBelow(int d)
    {
        if (d < 1) return 0;
        ref var caller = ref Frames[d - 1];
        return caller.TailCalls != 0 && caller.TailSite == caller.Site && ReferenceEquals(caller.TailOwner, caller.Function)
            && ReferenceEquals(caller.TailTarget, Frames[d].Function)
            ? caller.TailCalls
            : 0;
    }

    /// <summary>Level <c>-1</c> of <see cref="FrameAtLevel"/>: a level that was a tail call, whose function is gone.</summary>
    public const int TailCallLevel = -1;

    /// <summary>Level <c>-2</c> of <see cref="FrameAtLevel"/>: no such level.</summary>
    public const int NoLevel = -2;

    /// <summary>5.1's <c>lua_getstack</c>: the frame index of <paramref name="level"/> (1 = the innermost frame, 0 for the host below the outermost one), <see cref="TailCallLevel"/> or <see cref="NoLevel"/>.</summary>
    public int FrameAtLevel(int level)
    {
        if (level < 1) return NoLevel;
        for (int d = Math.Min(Depth, Frames.Length - 1); d >= 1; d--)
        {
            if (--level == 0) return d;
            int tails = TailCallsBelow(d);
            if (level <= tails) return TailCallLevel;
            level -= tails;
        }
        return level == 1 ? 0 : NoLevel;
    }

    /// <summary>The call site from which the innermost native function was called, for messages like <c>bad argument #1 to 'insert'</c>.</summary>
    public CallSiteInfo CallerSite()
    {
        if (Depth < 1) return default;
        ref var f = ref Frames[Depth];
        return f.Function is LuaClosure c ? c.Info.Site(f.Site) : default;
    }

    // Where the last runtime error raised by generated code happened: (depth, line), for tracebacks.
    private int _errorDepth = -1;
    private int _errorLine;

    /// <summary>Records that generated code at the current depth raised an error at <paramref name="line"/>.</summary>
    public void NoteErrorLine(int line)
    {
        _errorDepth = Depth;
        _errorLine = line;
    }

    /// <summary>The line frame <paramref name="depth"/> is executing: the faulting line for the frame that raised the last error, else its call site's line.</summary>
    public int FrameLine(int depth)
        => depth == _errorDepth && Frames[depth].Function is LuaClosure ? _errorLine : Frames[depth].Line;

    /// <summary>Forgets what stack slots above <see cref="Top"/>, the result buffer and finished frames still reference, before a collection (5.1's <c>traversestack</c> clears above the top too).</summary>
    /// <remarks>Only from a native function called by Lua code: by then the caller has consumed the last call's results.</remarks>
    internal void ClearStaleSlots()
    {
        Array.Clear(Stack, Top, Stack.Length - Top);
        Array.Clear(Ret);
        if (TailCallee is null) Array.Clear(TailArgs);
        if (Depth + 1 < Frames.Length) Array.Clear(Frames, Depth + 1, Frames.Length - Depth - 1);
    }

    /// <summary>Saves what an error unwinding through a protected call must restore.</summary>
    public SavedState Save() => new(Top, Depth);

    public void Restore(SavedState s)
    {
        Top = s.Top;
        Depth = s.Depth;
        NRet = 0;
    }

    /// <summary>What <see cref="Save"/> captures.</summary>
    public readonly record struct SavedState(int Top, int Depth);
}

/// <summary>One active call: the function and, for a Lua function, the call site it is executing (an index into <see cref="LuaProtoInfo.Sites"/>).</summary>
/// <remarks>
/// Generated code stores <see cref="Site"/> before each call: one store, and errors and tracebacks get both the line and the name the callee was called by.
/// The tail fields are written only by <see cref="LuaState.NoteTailCall"/>: they say that the call made from this frame's
/// current site went on through <see cref="TailCalls"/> tail calls to <see cref="TailTarget"/>, so level walking can count
/// the "(tail call)" levels 5.1 keeps (its <c>ci->tailcalls</c>) without any cost on ordinary calls. They count only while
/// <see cref="TailOwner"/>, <see cref="TailSite"/> and <see cref="TailTarget"/> still match the frame, its site and the frame above.
/// </remarks>
public struct CallFrame(LuaFunction? function, int site)
{
    public LuaFunction? Function = function;
    public int Site = site;
    public int TailCalls;
    public int TailSite;
    public LuaFunction? TailOwner;
    public LuaFunction? TailTarget;

    /// <summary>The line being executed, or -1 for native frames and frames that made no call yet.</summary>
    /// <remarks>A <see cref="Site"/> of -2 or less is not a call site but a line (stored as <c>~line</c>) noted by a metamethod call.</remarks>
    public readonly int Line => Function is LuaClosure c ? (Site <= -2 ? ~Site : c.Info.SiteLine(Site)) : -1;
}

/// <summary>Compiles Lua source at run time; hosts plug one into <see cref="LuaState.ChunkLoader"/>.</summary>
public interface ILuaChunkLoader
{
    /// <summary>Compiles <paramref name="source"/> into a function whose environment is <paramref name="env"/>.</summary>
    /// <exception cref="LuaException">With the syntax error message, worded as Lua words it.</exception>
    LuaFunction Load(LuaState L, ReadOnlySpan<byte> source, string chunkName, LuaTable env);

    /// <summary>
    /// Compiles source that <paramref name="reader"/> returns piece by piece (an empty piece ends it), for <c>load</c>.
    /// 5.1 stops calling the reader at the first syntax error; this default reads every piece first.
    /// </summary>
    LuaFunction Load(LuaState L, Func<ReadOnlyMemory<byte>> reader, string chunkName, LuaTable env)
    {
        var all = new MemoryStream();
        for (var piece = reader(); !piece.IsEmpty; piece = reader()) all.Write(piece.Span);
        return Load(L, all.GetBuffer().AsSpan(0, (int)all.Length), chunkName, env);
    }

    /// <summary>
    /// A loader for code that lives and dies together, such as a server's script cache until its flush: it may
    /// compile into shared units that unload only when all of their functions are unreachable. This default shares nothing.
    /// </summary>
    ILuaChunkLoader CreateGroup() => this;
}
