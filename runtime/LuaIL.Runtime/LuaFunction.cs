using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LuaIL.Runtime;

/// <summary>Anything Lua can call: compiled closures and library (host) functions share this calling convention.</summary>
/// <remarks>
/// Calling convention. Arguments: the fixed-arity entries <c>Invoke(L)</c> … <c>Invoke(L, a, b, c)</c>
/// allocate nothing; the general entry takes a span that the caller builds either on
/// <see cref="LuaState.Stack"/> above <see cref="LuaState.Top"/> (raising Top while the callee
/// runs) or in memory of its own that nothing writes to during the call (an inline buffer in its
/// .NET frame). Every entry returns the first result (nil when there is none) and sets
/// <see cref="LuaState.NRet"/> to the number of results; when NRet is greater than 1 all results
/// are in <see cref="LuaState.Ret"/>[0..NRet). A caller that needs more than one result reads them
/// immediately after the call, before anything else can call. A subclass overrides the entry that
/// fits it; the others forward (the base class forwards fixed entries to the general one).
/// </remarks>
public abstract class LuaFunction
{
    /// <summary>The general entry: any number of arguments.</summary>
    public abstract LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args);

    public virtual LuaValue Invoke(LuaState L) => Invoke(L, ReadOnlySpan<LuaValue>.Empty);

    // The span entry gets this frame's own copy of the arguments: no spill to L.Stack, no write
    // barriers, no Top to raise and restore. The frame outlives the call, and nothing the callee
    // runs can write to it (see LuaVarargs.Enter).
    public virtual LuaValue Invoke(LuaState L, LuaValue a) => Invoke(L, new ReadOnlySpan<LuaValue>(in a));

    public virtual LuaValue Invoke(LuaState L, LuaValue a, LuaValue b)
    {
        var args = new LuaArguments3();
        args[0] = a;
        args[1] = b;
        return Invoke(L, ((ReadOnlySpan<LuaValue>)args)[..2]);
    }

    public virtual LuaValue Invoke(LuaState L, LuaValue a, LuaValue b, LuaValue c)
    {
        var args = new LuaArguments3();
        args[0] = a;
        args[1] = b;
        args[2] = c;
        return Invoke(L, args);
    }

    /// <summary>
    /// The entry used by Lua code running inside a coroutine. A function that may suspend (a
    /// compiled Lua function, <c>coroutine.yield</c>) overrides it; for everything else a call from
    /// a coroutine is an ordinary call, across which 5.1 allows no yield.
    /// </summary>
    public virtual LuaValue InvokeResumable(LuaState L, ReadOnlySpan<LuaValue> args) => Invoke(L, args);

    /// <summary>The name used in messages such as <c>bad argument #1 to 'insert'</c> when no call-site name is known.</summary>
    public virtual string Name => "?";

    /// <summary>True for functions implemented by the host (C functions in Lua's terms).</summary>
    public virtual bool IsNative => true;
}

/// <summary>A library function written in C#: the host-side equivalent of a <c>lua_CFunction</c>.</summary>
public sealed class LuaNativeFunction(string name, LuaNativeFunction.Body body) : LuaFunction
{
    /// <summary>Receives the arguments and returns the first result, setting <see cref="LuaState.NRet"/> (use the <c>LuaState.ReturnN</c> helpers).</summary>
    public delegate LuaValue Body(LuaState L, ReadOnlySpan<LuaValue> args);

    public override string Name => name;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => body(L, args);

    // The fixed-arity entries hand the body a span over this frame's own copy of the arguments
    // instead of spilling them to L.Stack: no reserve, no write barriers, no Top to restore. A
    // span cannot outlive the call, and the values need no protection from calls the body makes.
    public override LuaValue Invoke(LuaState L) => body(L, ReadOnlySpan<LuaValue>.Empty);

    public override LuaValue Invoke(LuaState L, LuaValue a) => body(L, new ReadOnlySpan<LuaValue>(in a));

    public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b)
    {
        var args = new LuaArguments3();
        args[0] = a;
        args[1] = b;
        return body(L, ((ReadOnlySpan<LuaValue>)args)[..2]);
    }

    public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b, LuaValue c)
    {
        var args = new LuaArguments3();
        args[0] = a;
        args[1] = b;
        args[2] = c;
        return body(L, args);
    }
}

/// <summary>Room for the arguments of a fixed-arity entry that calls a span entry.</summary>
[InlineArray(3)]
internal struct LuaArguments3
{
    private LuaValue _first;
}

/// <summary>A call's arguments in the caller's own .NET frame, for generated calls with more arguments than the fixed-arity entries take.</summary>
[InlineArray(Capacity)]
public struct LuaArgumentBuffer
{
    /// <summary>The most arguments a buffer holds; longer calls write theirs on <see cref="LuaState.Stack"/>.</summary>
    public const int Capacity = 8;

    private LuaValue _first;

    /// <summary>The slot of argument <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref LuaValue Slot(ref LuaArgumentBuffer buffer, int i) => ref Unsafe.Add(ref buffer._first, i);

    /// <summary>The first <paramref name="count"/> arguments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<LuaValue> Span(ref LuaArgumentBuffer buffer, int count) => MemoryMarshal.CreateReadOnlySpan(ref buffer._first, count);
}
