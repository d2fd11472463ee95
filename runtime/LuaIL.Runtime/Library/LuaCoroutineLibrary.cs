using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>Lua 5.1's <c>coroutine</c> library: create, resume, yield, status, wrap, running.</summary>
public static class LuaCoroutineLibrary
{
    private const string BoundaryMessage = "attempt to yield across metamethod/C-call boundary";

    public static void Open(LuaState L)
    {
        var co = new LuaTable(0, 6);
        LuaStandardLibrary.Register(co, "create", Create);
        co.RawSet(LuaString.Intern("resume"), new LuaValue(ResumeFunction.Instance));
        LuaStandardLibrary.Register(co, "status", Status);
        LuaStandardLibrary.Register(co, "wrap", Wrap);
        LuaStandardLibrary.Register(co, "running", Running);
        co.RawSet(LuaString.Intern("yield"), new LuaValue(Yield));
        L.Globals.RawSet(LuaString.Intern("coroutine"), new LuaValue(co));
    }

    private static LuaCoroutine CheckCoroutine(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
        => LuaArgs.Arg(args, arg).Obj as LuaCoroutine ?? throw LuaArgs.ArgError(L, arg, "coroutine expected");

    private static LuaValue Create(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (LuaArgs.Arg(args, 1).Obj is not LuaClosure body)
            throw LuaArgs.ArgError(L, 1, "Lua function expected");
        return L.Return1(new LuaValue(new LuaCoroutine(L, body), 0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static LuaValue Resume(LuaState L, LuaCoroutine co, ReadOnlySpan<LuaValue> args)
    {
        if (!co.Resume(L, args, out var first, out var error))
            return L.Return2(LuaValue.False, error);
        int n = co.Thread.NRet;
        if (n != 1) return ResumeResults(L, co.Thread, n);
        // One value, the common case: true is usually still in the buffer from the last resume.
        var r = L.ReserveResults(2);
        if (!ReferenceEquals(r[0].Obj, LuaValue.TrueTag)) r[0] = LuaValue.True;
        r[1] = first;
        L.NRet = 2;
        return LuaValue.True;
    }

    /// <summary>true, then every value the coroutine yielded or returned (the coroutine's thread has buffers of its own).</summary>
    private static LuaValue ResumeResults(LuaState L, LuaState T, int n)
    {
        if (n == 0) return L.Return1(LuaValue.True);
        var r = L.ReserveResults(n + 1);
        r[0] = LuaValue.True;
        LuaValueCopy.Forward(T.Ret.AsSpan(0, n), r.AsSpan(1));
        L.NRet = n + 1;
        return LuaValue.True;
    }

    private static LuaValue Status(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(LuaValue.String(LuaCoroutine.StatusName(CheckCoroutine(L, args, 1).Status)));

    private static LuaValue Running(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(L.Coroutine is { } co ? new LuaValue(co, 0) : default);

    private static LuaValue Wrap(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (LuaArgs.Arg(args, 1).Obj is not LuaClosure body)
            throw LuaArgs.ArgError(L, 1, "Lua function expected");
        return L.Return1(new LuaValue(new WrapFunction(new LuaCoroutine(L, body))));
    }

    /// <summary><c>coroutine.resume</c>, with fixed-arity entries that hand the coroutine its arguments without spilling them to the stack.</summary>
    private sealed class ResumeFunction : LuaFunction
    {
        public static readonly ResumeFunction Instance = new();

        public override string Name => "resume";

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => Resume(L, CheckCoroutine(L, args, 1), args[1..]);

        public override LuaValue Invoke(LuaState L, LuaValue co)
            => co.Obj is LuaCoroutine c ? Resume(L, c, []) : Invoke(L, new ReadOnlySpan<LuaValue>(in co));

        public override LuaValue Invoke(LuaState L, LuaValue co, LuaValue a)
            => co.Obj is LuaCoroutine c ? Resume(L, c, new ReadOnlySpan<LuaValue>(in a)) : Invoke(L, new ReadOnlySpan<LuaValue>(in co));
    }

    /// <summary>The function <c>coroutine.wrap</c> returns: each call resumes the coroutine and returns what it yields, or raises its error.</summary>
    private sealed class WrapFunction(LuaCoroutine co) : LuaFunction
    {
        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args)
        {
            if (!co.Resume(L, args, out var first, out var error)) throw WrapError(L, error);
            var T = co.Thread;
            return T.NRet <= 1 ? (T.NRet == 0 ? L.Return0() : L.Return1(first)) : L.ReturnMany(T.Ret.AsSpan(0, T.NRet));
        }

        public override LuaValue Invoke(LuaState L) => Invoke(L, ReadOnlySpan<LuaValue>.Empty);

        public override LuaValue Invoke(LuaState L, LuaValue a) => Invoke(L, new ReadOnlySpan<LuaValue>(in a));
    }

    /// <summary>5.1 prefixes string errors with the position of the wrapped function's caller.</summary>
    private static LuaException WrapError(LuaState L, LuaValue error)
    {
        if (error.Obj is LuaString s) error = new LuaValue(LuaString.Concat(LuaString.FromLatin1(L.Where(1)), s));
        else if (error.IsNumber) error = LuaValue.String(L.Where(1) + LuaConvert.NumberToString(error.Num));
        return new LuaException(error);
    }

    /// <summary>The one <c>coroutine.yield</c>: resumable code compares the callee with it and yields one value or none through <see cref="YieldOne"/> or <see cref="YieldNone"/>, without a call.</summary>
    public static readonly LuaFunction Yield = new YieldFunction();

    /// <summary><c>coroutine.yield(value)</c> from resumable code: the frames above unwind to <c>resume</c>, which hands it <paramref name="value"/>.</summary>
    public static LuaValue YieldOne(LuaState L, LuaValue value)
    {
        StartYield(L);
        L.ReserveResults(1)[0] = value;
        L.NRet = 1;
        return default;
    }

    /// <summary><c>coroutine.yield()</c> from resumable code.</summary>
    public static LuaValue YieldNone(LuaState L)
    {
        StartYield(L);
        L.NRet = 0;
        return default;
    }

    private static void StartYield(LuaState L)
    {
        if (L.Coroutine is null) throw new LuaException(BoundaryMessage);
        L.Yielding = true;
        L.YieldFrame = null;
    }

    /// <summary><c>coroutine.yield</c>: suspends only when called from resumable Lua code; any other route crosses a boundary 5.1 cannot yield across.</summary>
    private sealed class YieldFunction : LuaFunction
    {
        public override string Name => "yield";

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => throw new LuaException(BoundaryMessage);

        public override LuaValue InvokeResumable(LuaState L, ReadOnlySpan<LuaValue> args)
        {
            StartYield(L);
            // Always in the buffer, even a single value: the frames unwinding above return nil.
            var r = L.ReserveResults(args.Length);
            LuaValueCopy.Forward(args, r);
            L.NRet = args.Length;
            return default;
        }
    }
}
