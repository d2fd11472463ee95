using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Calls of non-functions through __call, numeric-for preparation, and table-constructor stores.
public static partial class LuaOps
{
    /// <summary>The function to call for <paramref name="f"/>: itself, or a wrapper that calls <c>__call</c> with <paramref name="f"/> prepended; else <c>attempt to call ...</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaFunction ToCallable(LuaState L, LuaValue f, string? desc, int line)
        => f.Obj as LuaFunction ?? ToCallableSlow(L, f, desc, line);

    /// <summary>
    /// <see cref="ToCallable"/> through a call site's memory of the exact class it called last: a
    /// hit is one compare of the object's type handle, where the type test against the abstract
    /// <see cref="LuaFunction"/> is a helper call walking the class's parents (generated code
    /// with loops or tail calls gets no profile-guided guess of the class).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaFunction ToCallableCached(LuaState L, LuaValue f, ref nint siteClass, ref object? siteKeep, string? desc, int line)
    {
        var o = f.Obj;
        if (LuaCallSiteClass.Is(o, siteClass)) return Unsafe.As<LuaFunction>(o!);
        return ToCallableRemembering(L, f, ref siteClass, ref siteKeep, desc, line);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LuaFunction ToCallableRemembering(LuaState L, LuaValue f, ref nint siteClass, ref object? siteKeep, string? desc, int line)
    {
        if (f.Obj is not LuaFunction fn) return ToCallableSlow(L, f, desc, line);
        LuaCallSiteClass.Remember(fn, ref siteClass, ref siteKeep);
        return fn;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LuaFunction ToCallableSlow(LuaState L, LuaValue f, string? desc, int line)
    {
        // 5.1's tryfuncTM: __call must itself be a function; it is not followed further.
        if (GetMetamethod(L, f, LuaMetaEvent.Call).Obj is LuaFunction handler)
            return new LuaCallMetaFunction(f, handler);
        throw TypeError(L, line, f, "call", desc);
    }

    /// <summary>Coerces the three numeric-for expressions (strings convert), or raises <c>'for' initial value must be a number</c> etc.</summary>
    public static void ForPrep(LuaState L, ref LuaValue init, ref LuaValue limit, ref LuaValue step, int line)
    {
        if (init.IsNumber && limit.IsNumber && step.IsNumber) return;
        if (!LuaConvert.TryToNumber(init, out double i)) throw LuaErrors.AtLine(L, line, "'for' initial value must be a number");
        if (!LuaConvert.TryToNumber(limit, out double l)) throw LuaErrors.AtLine(L, line, "'for' limit must be a number");
        if (!LuaConvert.TryToNumber(step, out double s)) throw LuaErrors.AtLine(L, line, "'for' step must be a number");
        init = new LuaValue(i);
        limit = new LuaValue(l);
        step = new LuaValue(s);
    }

    /// <summary>Stores <paramref name="values"/> at <c>t[start]</c>, <c>t[start+1]</c>, … raw (table constructors).</summary>
    /// <remarks>As 5.1's <c>OP_SETLIST</c>, the array part first grows to hold the last index at once.</remarks>
    public static void SetList(LuaTable t, int start, ReadOnlySpan<LuaValue> values)
    {
        if (values.Length == 0) return;
        int last = start + values.Length - 1;
        if (last > t.ArraySize) t.ResizeArray(last);
        for (int i = 0; i < values.Length; i++) t.RawSet(start + i, values[i]);
    }
}

/// <summary>Calls a value's <c>__call</c> handler with the value prepended to the arguments (what 5.1's <c>tryfuncTM</c> arranges on the stack).</summary>
public sealed class LuaCallMetaFunction(LuaValue self, LuaFunction handler) : LuaFunction
{
    public LuaValue Self => self;
    public LuaFunction Handler => handler;

    public override string Name => handler.Name;
    public override bool IsNative => handler.IsNative;

    public override LuaValue Invoke(LuaState L) => handler.Invoke(L, self);
    public override LuaValue Invoke(LuaState L, LuaValue a) => handler.Invoke(L, self, a);
    public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b) => handler.Invoke(L, self, a, b);

    public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => Call(L, args, resumable: false);

    /// <summary>5.1 calls a <c>__call</c> handler as an ordinary Lua call, so inside a coroutine it may yield.</summary>
    public override LuaValue InvokeResumable(LuaState L, ReadOnlySpan<LuaValue> args) => Call(L, args, resumable: true);

    private LuaValue Call(LuaState L, ReadOnlySpan<LuaValue> args, bool resumable)
    {
        int top = L.Top;
        int n = args.Length + 1;
        var s = L.Reserve(n);
        s[top] = self;
        args.CopyTo(s.AsSpan(top + 1));
        L.Top = top + n;
        var withSelf = new ReadOnlySpan<LuaValue>(s, top, n);
        var r = resumable ? handler.InvokeResumable(L, withSelf) : handler.Invoke(L, withSelf);
        L.Top = top;
        return r;
    }
}
