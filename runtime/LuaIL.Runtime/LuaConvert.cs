namespace LuaIL.Runtime;

/// <summary>Conversions between numbers, strings and display text exactly as Lua 5.1 does them. CONTRACT ONLY: being written.</summary>
public static class LuaConvert
{
    /// <summary>C's <c>%.14g</c> as glibc prints it: <c>-0</c>, <c>inf</c>, <c>-inf</c>, <c>nan</c>, <c>-nan</c>, <c>1e+15</c>.</summary>
    public static string NumberToString(double d) => throw new NotImplementedException();
    public static LuaString NumberToLuaString(double d) => LuaString.FromLatin1(NumberToString(d));
    /// <summary><c>lua_str2number</c>: strtod (decimal, hex <c>0x</c>, <c>inf</c>/<c>nan</c> words) with surrounding whitespace allowed.</summary>
    public static bool TryParseNumber(ReadOnlySpan<byte> s, out double d) => throw new NotImplementedException();
    /// <summary><c>tostring</c> without metamethods: <c>nil</c>, <c>true</c>, numbers by <c>%.14g</c>, <c>table: 0x...</c>.</summary>
    public static string ToDisplayString(LuaValue v) => throw new NotImplementedException();
}
