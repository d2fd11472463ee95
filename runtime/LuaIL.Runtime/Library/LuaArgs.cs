using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>Argument checks for library functions, raising 5.1's <c>luaL_check*</c> messages (<c>bad argument #1 to 'insert' (table expected, got nil)</c>).</summary>
/// <remarks>
/// <c>arg</c> numbers are 1-based, as Lua counts them. A native must check its arguments before
/// it pushes a frame of its own (<see cref="LuaState.EnterNative"/>): the function name comes from
/// the call site of the innermost frame, and the position from <c>L.Where(1)</c>.
/// </remarks>
public static class LuaArgs
{
    /// <summary>The argument at 1-based <paramref name="arg"/>, or nil when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue Arg(ReadOnlySpan<LuaValue> args, int arg) => (uint)(arg - 1) < (uint)args.Length ? args[arg - 1] : default;

    /// <summary>True when the argument is absent or nil (<c>lua_isnoneornil</c>).</summary>
    public static bool IsNoneOrNil(ReadOnlySpan<LuaValue> args, int arg) => arg > args.Length || args[arg - 1].IsNil;

    /// <summary>5.1's <c>luaL_argerror</c>: <c>bad argument #N to 'name' (msg)</c>, shifted for method calls.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaException ArgError(LuaState L, int arg, string extraMessage)
    {
        var site = L.CallerSite();
        string name = site.Name ?? "?";
        if (site.Kind == "method")
        {
            arg--;
            if (arg == 0) return LuaErrors.Error(L, 1, $"calling '{name}' on bad self ({extraMessage})");
        }
        return LuaErrors.Error(L, 1, $"bad argument #{arg} to '{name}' ({extraMessage})");
    }

    /// <summary>5.1's <c>luaL_typerror</c>: <c>EXPECTED expected, got TYPE</c> (or <c>no value</c>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaException TypeError(LuaState L, ReadOnlySpan<LuaValue> args, int arg, string expected)
        => ArgError(L, arg, $"{expected} expected, got {TypeNameOf(args, arg)}");

    /// <summary><c>luaL_typename</c>: the type of the argument, <c>no value</c> when absent.</summary>
    public static string TypeNameOf(ReadOnlySpan<LuaValue> args, int arg) => arg > args.Length ? "no value" : args[arg - 1].TypeName;

    public static LuaValue CheckAny(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
    {
        if (arg > args.Length) throw ArgError(L, arg, "value expected");
        return args[arg - 1];
    }

    public static void CheckType(LuaState L, ReadOnlySpan<LuaValue> args, int arg, LuaType type)
    {
        if (arg > args.Length || args[arg - 1].Type != type) throw TypeError(L, args, arg, LuaTypes.Name(type));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaTable CheckTable(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
        => Arg(args, arg).Obj as LuaTable ?? throw TypeError(L, args, arg, "table");

    public static LuaFunction CheckFunction(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
        => Arg(args, arg).Obj as LuaFunction ?? throw TypeError(L, args, arg, "function");

    /// <summary><c>luaL_checknumber</c>: numbers and numeric strings.</summary>
    public static double CheckNumber(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
    {
        var v = Arg(args, arg);
        if (v.IsNumber) return v.Num;
        if (LuaConvert.TryToNumber(v, out double d)) return d;
        throw TypeError(L, args, arg, "number");
    }

    public static double OptNumber(LuaState L, ReadOnlySpan<LuaValue> args, int arg, double def)
        => IsNoneOrNil(args, arg) ? def : CheckNumber(L, args, arg);

    /// <summary><c>luaL_checkinteger</c>: the number truncated as C's cast to a 64-bit integer does on x86-64.</summary>
    public static long CheckInteger(LuaState L, ReadOnlySpan<LuaValue> args, int arg) => NumberToInteger(CheckNumber(L, args, arg));

    /// <summary><c>luaL_checkint</c>: the 64-bit truncation cut to its low 32 bits, as <c>(int)</c> of a <c>lua_Integer</c>.</summary>
    public static int CheckInt(LuaState L, ReadOnlySpan<LuaValue> args, int arg) => unchecked((int)CheckInteger(L, args, arg));

    public static int OptInt(LuaState L, ReadOnlySpan<LuaValue> args, int arg, int def)
        => IsNoneOrNil(args, arg) ? def : CheckInt(L, args, arg);

    public static long OptInteger(LuaState L, ReadOnlySpan<LuaValue> args, int arg, long def)
        => IsNoneOrNil(args, arg) ? def : CheckInteger(L, args, arg);

    /// <summary>C's <c>(long long)d</c> on x86-64: truncation, and the "integer indefinite" value for NaN and out-of-range input.</summary>
    /// <remarks>Inside the range the native truncation is exact, without the saturating conversion's fix-ups; every position argument goes through here.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long NumberToInteger(double d)
        => d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 ? double.ConvertToIntegerNative<long>(d) : long.MinValue;

    /// <summary><c>luaL_checkstring</c>: strings, and numbers converted by <c>%.14g</c>.</summary>
    public static LuaString CheckString(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
        => LuaConvert.ToLuaString(Arg(args, arg)) ?? throw TypeError(L, args, arg, "string");

    public static LuaString OptString(LuaState L, ReadOnlySpan<LuaValue> args, int arg, LuaString def)
        => IsNoneOrNil(args, arg) ? def : CheckString(L, args, arg);

    /// <summary><c>luaL_error</c> with a byte-exact message: the position of the calling Lua code, then <paramref name="message"/>.</summary>
    public static LuaException Error(LuaState L, LuaString message)
        => new(new LuaValue(LuaString.Concat(LuaString.From(L.Where(1)), message)));
}
