namespace LuaIL.Runtime;

/// <summary>Lua 5.1's <c>coroutine</c> library: create, resume, yield, status, wrap, running.</summary>
public static class LuaCoroutineLibrary
{
    private const string BoundaryMessage = "attempt to yield across metamethod/C-call boundary";

    public static void Open(LuaState L)
    {
        var co = new LuaTable(0, 6);
        LuaStandardLibrary.Register(co, "create", Create);
        LuaStandardLibrary.Register(co, "resume", Resume);
        LuaStandardLibrary.Register(co, "status", Status);
        LuaStandardLibrary.Register(co, "wrap", Wrap);
        LuaStandardLibrary.Register(co, "running", Running);
        co.RawSet(LuaString.Intern("yield"), new LuaValue(YieldFunction.Instance));
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

    private static LuaValue Resume(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var co = CheckCoroutine(L, args, 1);
        if (!co.Resume(L, args[1..], out var first, out var error))
            return L.Return2(LuaValue.False, error);
        // true, then every value the coroutine yielded or returned, straight into the result buffer
        // (the coroutine's thread has buffers of its own).
        var T = co.Thread;
        int n = T.NRet;
        var r = L.ReserveResults(n + 1);
        r[0] = LuaValue.True;
        if (n == 1) r[1] = first;
        else if (n > 1) LuaValueCopy.Forward(T.Ret.AsSpan(0, n), r.AsSpan(1));
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
        var co = new LuaCoroutine(L, body);
        return L.Return1(new LuaValue(new LuaNativeFunction("?", (L2, a) => CallWrapped(L2, co, a))));
    }

    private static LuaValue CallWrapped(LuaState L, LuaCoroutine co, ReadOnlySpan<LuaValue> args)
    {
        if (!co.Resume(L, args, out var first, out var error))
        {
            // 5.1 prefixes string errors with the position of the wrapped function's caller.
            if (error.Obj is LuaString s) error = new LuaValue(LuaString.Concat(LuaString.FromLatin1(L.Where(1)), s));
            else if (error.IsNumber) error = LuaValue.String(L.Where(1) + LuaConvert.NumberToString(error.Num));
            throw new LuaException(error);
        }
        var T = co.Thread;
        return T.NRet <= 1 ? (T.NRet == 0 ? L.Return0() : L.Return1(first)) : L.ReturnMany(T.Ret.AsSpan(0, T.NRet));
    }

    /// <summary><c>coroutine.yield</c>: suspends only when called from resumable Lua code; any other route crosses a boundary 5.1 cannot yield across.</summary>
    private sealed class YieldFunction : LuaFunction
    {
        public static readonly YieldFunction Instance = new();

        public override string Name => "yield";

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => throw new LuaException(BoundaryMessage);

        public override LuaValue InvokeResumable(LuaState L, ReadOnlySpan<LuaValue> args)
        {
            if (L.Coroutine is null) throw new LuaException(BoundaryMessage);
            L.Yielding = true;
            L.YieldFrame = null;
            // Always in the buffer, even a single value: the frames unwinding above return nil.
            var r = L.ReserveResults(args.Length);
            LuaValueCopy.Forward(args, r);
            L.NRet = args.Length;
            return default;
        }
    }
}
