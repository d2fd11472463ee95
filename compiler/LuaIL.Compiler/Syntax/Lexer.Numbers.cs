using System.Globalization;
using LuaIL.Compiler.Diagnostics;

namespace LuaIL.Compiler.Syntax;

// Numerals as 5.1's read_numeral gathers them and luaO_str2d converts them: strtod (glibc, so
// hexadecimal and hex floats too), then strtoul base 16 when strtod stops at an 'x', then only
// trailing spaces may remain.
public sealed partial class Lexer
{
    private Token ReadNumeral()
    {
        while (IsDigit(Cur) || Cur == '.') _pos++;
        // check_next uses strchr, which also matches a NUL byte.
        if (Cur == 'E' || Cur == 'e' || Cur == 0)
        {
            _pos++;
            if (Cur == '+' || Cur == '-' || Cur == 0) _pos++;
        }
        while (IsAlnum(Cur) || Cur == '_') _pos++;
        var text = _src.AsSpan(_tokStart, _pos - _tokStart);
        int nul = text.IndexOf((byte)0);
        if (nul >= 0) text = text[..nul];
        if (!TryConvertNumeral(text, out double value))
            throw Error(DiagnosticCode.MalformedNumber, "malformed number", Latin1(text));
        return Make(TokenKind.Number, null, value);
    }

    /// <summary>luaO_str2d on glibc: the whole text must be a number, trailing spaces allowed.</summary>
    internal static bool TryConvertNumeral(ReadOnlySpan<byte> s, out double value)
    {
        int end = Strtod(s, out value);
        if (end == 0) return false;
        if (end < s.Length && (s[end] == 'x' || s[end] == 'X'))
            end = Strtoul16(s, out value);
        while (end < s.Length && IsCSpace(s[end])) end++;
        return end == s.Length;
    }

    private static bool IsCSpace(byte b) => b == ' ' || (b >= '\t' && b <= '\r');

    private static int HexValue(int c) =>
        IsDigit(c) ? c - '0' : (uint)((c | 0x20) - 'a') <= 5 ? (c | 0x20) - 'a' + 10 : -1;

    private static int At(ReadOnlySpan<byte> s, int i) => i < s.Length ? s[i] : -1;

    // Returns how many bytes strtod consumed (0: no conversion). Lexer numerals have no sign or spaces.
    private static int Strtod(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        if (At(s, 0) == '0' && (At(s, 1) | 0x20) == 'x')
        {
            int hexEnd = StrtodHex(s, out value);
            if (hexEnd > 0) return hexEnd;
            // "0x" without hex digits: strtod reads the "0" and stops at the 'x'.
            value = 0;
            return 1;
        }
        int i = 0, digits = 0;
        while (IsDigit(At(s, i))) { i++; digits++; }
        if (At(s, i) == '.')
        {
            i++;
            while (IsDigit(At(s, i))) { i++; digits++; }
        }
        if (digits == 0) return 0;
        if ((At(s, i) | 0x20) == 'e')
        {
            int j = i + 1;
            if (At(s, j) == '+' || At(s, j) == '-') j++;
            if (IsDigit(At(s, j)))
            {
                while (IsDigit(At(s, j))) j++;
                i = j;
            }
        }
        var span = s[..i];
        Span<char> chars = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        for (int k = 0; k < span.Length; k++) chars[k] = (char)span[k];
        // .NET's parser is correctly rounded like glibc's and gives infinity on overflow, as strtod does.
        value = double.Parse(chars, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return i;
    }

    // glibc hex float: 0x H* [. H*] [p [+-] D+], at least one hex digit. Rounds to nearest even
    // through a 64-bit mantissa with a sticky bit (exact except for results in the subnormal range).
    private static int StrtodHex(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        int i = 2;
        ulong mant = 0;
        long exp = 0;
        bool any = false, sticky = false;
        int d;
        while ((d = HexValue(At(s, i))) >= 0)
        {
            any = true;
            if (mant >> 56 == 0) mant = mant * 16 + (ulong)d;
            else
            {
                exp += 4;
                sticky |= d != 0;
            }
            i++;
        }
        if (At(s, i) == '.')
        {
            int j = i + 1;
            bool fracAny = false;
            while ((d = HexValue(At(s, j))) >= 0)
            {
                fracAny = true;
                if (mant >> 56 == 0)
                {
                    mant = mant * 16 + (ulong)d;
                    exp -= 4;
                }
                else sticky |= d != 0;
                j++;
            }
            if (any || fracAny) i = j;
            any |= fracAny;
        }
        if (!any) return 0;
        if ((At(s, i) | 0x20) == 'p')
        {
            int j = i + 1;
            bool neg = false;
            if (At(s, j) == '+' || At(s, j) == '-') neg = At(s, j++) == '-';
            if (IsDigit(At(s, j)))
            {
                long e = 0;
                while (IsDigit(At(s, j)))
                {
                    if (e < 100_000) e = e * 10 + (At(s, j) - '0');
                    j++;
                }
                exp += neg ? -e : e;
                i = j;
            }
        }
        if (sticky) mant |= 1;
        value = mant == 0 ? 0 : Math.ScaleB((double)mant, (int)Math.Clamp(exp, -100_000, 100_000));
        return i;
    }

    // strtoul(s, NULL, 16) on 64-bit glibc: optional 0x, hex digits, ULONG_MAX on overflow.
    private static int Strtoul16(ReadOnlySpan<byte> s, out double value)
    {
        int i = 0;
        if (At(s, 0) == '0' && (At(s, 1) | 0x20) == 'x' && HexValue(At(s, 2)) >= 0) i = 2;
        ulong v = 0;
        bool overflow = false;
        int start = i, d;
        while ((d = HexValue(At(s, i))) >= 0)
        {
            if (v > (ulong.MaxValue - (ulong)d) / 16) overflow = true;
            else v = v * 16 + (ulong)d;
            i++;
        }
        value = overflow ? ulong.MaxValue : v;
        return i == start ? 0 : i;
    }
}
