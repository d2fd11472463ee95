namespace LuaIL.Runtime;

/// <summary>A Lua error in flight: carries the error value (any Lua value) and, once known, a Lua traceback.</summary>
public sealed class LuaException : Exception
{
    public LuaException(LuaValue value) : base(Describe(value))
    {
        Value = value;
    }

    public LuaException(string message) : this(LuaValue.String(message)) { }

    /// <summary>The value passed to <c>error</c>, or the message of a runtime error.</summary>
    public LuaValue Value { get; }

    /// <summary>The Lua-level traceback captured where the error was raised, when the host asked for it.</summary>
    public string? LuaTraceback { get; set; }

    private static string Describe(LuaValue v) => v.Obj switch
    {
        LuaString s => s.ToString(),
        _ when v.IsNumber => LuaConvert.NumberToString(v.Num),
        _ => $"(error object is a {v.TypeName} value)",
    };
}

/// <summary>Throw helpers for runtime errors, so hot paths stay small: callers write <c>throw LuaErrors.X(...)</c>.</summary>
public static class LuaErrors
{
    /// <summary>An error whose message gets the position of frame <paramref name="level"/> (as <c>luaL_error</c>).</summary>
    public static LuaException Error(LuaState L, int level, string message)
        => new(LuaValue.String(L.Where(level) + message));

    /// <summary>A runtime error raised by generated code at <paramref name="line"/> of the innermost Lua function.</summary>
    /// <remarks>A <paramref name="line"/> of 0 or less means "raised from a native function": no position, as <c>luaG_runerror</c> inside a C function.</remarks>
    public static LuaException AtLine(LuaState L, int line, string message)
    {
        if (line > 0 && L.Depth >= 1 && L.Depth < L.Frames.Length && L.Frames[L.Depth].Function is LuaClosure c)
        {
            // The frame's call site is the last call it made; the traceback wants the faulting line.
            L.NoteErrorLine(line);
            return new LuaException(LuaValue.String($"{c.Info.ShortSource}:{line}: {message}"));
        }
        return new LuaException(LuaValue.String(message));
    }
}
