using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>Conversions between numbers, strings and display text exactly as Lua 5.1 does them.</summary>
[SkipLocalsInit] // stack buffers are written before they are read: zeroing them (up to 1 KB a call) is waste
public static partial class LuaConvert
{
    /// <summary>The longest <c>%.14g</c> text: sign, 14 digits, point, <c>e+308</c>.</summary>
    internal const int MaxNumberTextLength = 32;

    /// <summary><c>lua_number2str</c> as a Lua string, built straight from the digits (no .NET string on the integer path).</summary>
    public static LuaString NumberToLuaString(double d)
    {
        Span<byte> text = stackalloc byte[MaxNumberTextLength];
        return LuaString.From(text[..FormatNumber(d, text)]);
    }

    /// <summary>Writes <c>%.14g</c> of <paramref name="d"/> into <paramref name="dst"/> (at least <see cref="MaxNumberTextLength"/> bytes) and returns its length.</summary>
    /// <remarks>Integers of up to 14 digits, the common case of concatenation and <c>tostring</c>, are written digit by digit.</remarks>
    internal static int FormatNumber(double d, Span<byte> dst)
    {
        if (d == Math.Floor(d) && Math.Abs(d) < 1e14 && (d != 0 || !double.IsNegative(d)))
        {
            long v = (long)d;
            ulong u = (ulong)(v < 0 ? -v : v);
            int n = 0;
            Span<byte> rev = stackalloc byte[16];
            do
            {
                rev[n++] = (byte)('0' + (int)(u % 10));
                u /= 10;
            } while (u != 0);
            int len = 0;
            if (v < 0) dst[len++] = (byte)'-';
            while (n > 0) dst[len++] = rev[--n];
            return len;
        }
        if (double.IsFinite(d) && d != 0)
        {
            int sign = d < 0 ? 1 : 0;
            int n = TryFormatGShortest(Math.Abs(d), Precision, dst[sign..]);
            if (n >= 0)
            {
                if (sign != 0) dst[0] = (byte)'-';
                return n + sign;
            }
        }
        var s = NumberToString(d);
        for (int i = 0; i < s.Length; i++) dst[i] = (byte)s[i];
        return s.Length;
    }

    /// <summary><c>tostring</c> without metamethods: <c>nil</c>, <c>true</c>, numbers by <c>%.14g</c>, <c>table: 0x...</c>.</summary>
    public static string ToDisplayString(LuaValue v) => v.Obj switch
    {
        null => "nil",
        LuaString s => s.ToString(),
        _ when v.IsNumber => NumberToString(v.Num),
        _ when ReferenceEquals(v.Obj, LuaValue.TrueTag) => "true",
        _ when ReferenceEquals(v.Obj, LuaValue.FalseTag) => "false",
        var o => $"{v.TypeName}: {AddressOf(o)}",
    };

    /// <summary>As <see cref="ToDisplayString"/> but byte-exact: strings come back unchanged (what 5.1's <c>tostring</c> does without <c>__tostring</c>).</summary>
    public static LuaString ToDisplayLuaString(LuaValue v)
    {
        if (v.Obj is LuaString s) return s;
        if (v.IsNumber) return NumberToLuaString(v.Num);
        return LuaString.FromLatin1(ToDisplayString(v));
    }

    /// <summary><c>lua_tostring</c>: strings as they are, numbers by <c>%.14g</c>, anything else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaString? ToLuaString(LuaValue v)
    {
        if (v.Obj is LuaString s) return s;
        return v.IsNumber ? NumberToLuaString(v.Num) : null;
    }

    /// <summary><c>lua_tonumber</c>: numbers, and strings that read as numbers (<see cref="TryParseNumber"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryToNumber(LuaValue v, out double d)
    {
        if (v.IsNumber)
        {
            d = v.Num;
            return true;
        }
        if (v.Obj is LuaString s) return TryParseNumber(s.Span, out d);
        d = 0;
        return false;
    }

    /// <summary>A stable made-up address for reference values, shown as <c>%p</c> shows pointers (<c>0x</c> and hex digits).</summary>
    /// <remarks>Objects move under the .NET GC, so a real address cannot be used; the id is assigned on first display.</remarks>
    public static string AddressOf(object o) => "0x" + ObjectIds.GetValue(o, static _ => new Id()).Value.ToString("x8");

    private static readonly ConditionalWeakTable<object, Id> ObjectIds = new();
    private static long _nextId = 0x0804a000;

    private sealed class Id
    {
        public readonly long Value = Interlocked.Add(ref _nextId, 0x20);
    }
}
