using System.Globalization;
using System.Numerics;

namespace LuaIL.Runtime;

// Number <-> text exactly as glibc's printf("%.14g") and strtod behave under 5.1's lua_number2str / luaO_str2d.
public static partial class LuaConvert
{
    private const int Precision = 14;
    private const long TenPow13 = 10_000_000_000_000;
    private const long TenPow14 = 100_000_000_000_000;

    /// <summary>C's <c>%.14g</c> as glibc prints it: <c>-0</c>, <c>inf</c>, <c>-inf</c>, <c>nan</c>, <c>-nan</c>, <c>1e+15</c>.</summary>
    public static string NumberToString(double d)
    {
        // Integers of up to 14 digits print as themselves: the common case, kept cheap.
        if (d == Math.Floor(d) && Math.Abs(d) < 1e14)
        {
            if (d == 0) return double.IsNegative(d) ? "-0" : "0";
            return ((long)d).ToString(CultureInfo.InvariantCulture);
        }
        if (double.IsNaN(d)) return double.IsNegative(d) ? "-nan" : "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        return FormatG(d);
    }

    private static string FormatG(double d)
    {
        bool negative = d < 0;
        var (digits, exp) = ShortestDigits(Math.Abs(d)) ?? RoundToDigits(Math.Abs(d));
        var sb = new System.Text.StringBuilder(24);
        if (negative) sb.Append('-');
        int end = digits.Length;
        // %g drops trailing zeros of the fraction (no '#' flag).
        if (exp < -4 || exp >= Precision)
        {
            while (end > 1 && digits[end - 1] == '0') end--;
            sb.Append(digits[0]);
            if (end > 1) sb.Append('.').Append(digits, 1, end - 1);
            sb.Append(exp < 0 ? "e-" : "e+");
            int ae = Math.Abs(exp);
            if (ae < 10) sb.Append('0');
            sb.Append(ae.ToString(CultureInfo.InvariantCulture));
        }
        else if (exp >= 0)
        {
            while (end > exp + 1 && digits[end - 1] == '0') end--;
            sb.Append(digits, 0, exp + 1);
            if (end > exp + 1) sb.Append('.').Append(digits, exp + 1, end - exp - 1);
        }
        else
        {
            while (digits[end - 1] == '0') end--;
            sb.Append("0.").Append('0', -exp - 1).Append(digits, 0, end);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The 14 digits from the shortest round-trip form, for normal numbers. With at most 14 digits
    /// they are the correctly rounded value (the exact value is within half an ulp of them, far
    /// less than half a unit of the 14th digit); longer forms are rounded once more, which is
    /// exact unless the form may be a midpoint. Null sends the number to the big-number path.
    /// </summary>
    private static (string Digits, int Exp)? ShortestDigits(double v)
    {
        // Subnormals have fewer significant bits, so the half-ulp argument does not hold for them.
        if (v < 2.2250738585072014e-308) return null;
        string r = v.ToString("R", CultureInfo.InvariantCulture);
        int ePos = r.IndexOf('E');
        int exp10 = ePos < 0 ? 0 : int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = ePos < 0 ? r : r[..ePos];
        int dot = mantissa.IndexOf('.');
        int intLen = dot < 0 ? mantissa.Length : dot;
        var all = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        var digits = all[lead..].TrimEnd('0');
        int exp = intLen - 1 - lead + exp10;
        if (digits.Length == 0) return null;
        if (digits.Length <= Precision) return (digits.PadRight(Precision, '0'), exp);
        // A 15-digit shortest form ending in 5 may be the midpoint itself: only exact arithmetic can tell.
        if (digits.Length == Precision + 1 && digits[Precision] == '5') return null;
        // Otherwise no 14-digit midpoint lies in the round-trip interval (it would have been chosen
        // as a shorter or closer form), so the exact value and these digits round the same way.
        bool up = digits[Precision] > '5' || (digits[Precision] == '5' && digits.Length > Precision + 1);
        long q = long.Parse(digits.AsSpan(0, Precision), CultureInfo.InvariantCulture) + (up ? 1 : 0);
        if (q == TenPow14)
        {
            q = TenPow13;
            exp++;
        }
        return (q.ToString(CultureInfo.InvariantCulture), exp);
    }

    /// <summary>The 14 significant digits of finite positive <paramref name="v"/>, rounded half-to-even on its exact binary value, and the decimal exponent of the first.</summary>
    private static (string Digits, int Exp) RoundToDigits(double v)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(v);
        int be = (int)(bits >> 52) & 0x7FF;
        ulong mant = bits & ((1UL << 52) - 1);
        int e2;
        if (be == 0) e2 = -1074;
        else
        {
            mant |= 1UL << 52;
            e2 = be - 1075;
        }
        int k = (int)Math.Floor(Math.Log10(v));
        while (true)
        {
            // q = v / 10^(k-13) as an exact fraction num/den.
            BigInteger num = mant, den = BigInteger.One;
            if (e2 > 0) num <<= e2;
            else den <<= -e2;
            int p = k - (Precision - 1);
            if (p > 0) den *= BigInteger.Pow(10, p);
            else num *= BigInteger.Pow(10, -p);
            var q = BigInteger.DivRem(num, den, out var r);
            // log10 may be one off near powers of ten: adjust and retry.
            if (q >= TenPow14) { k++; continue; }
            if (q < TenPow13) { k--; continue; }
            long qi = (long)q;
            int c = (r << 1).CompareTo(den);
            if (c > 0 || (c == 0 && (qi & 1) != 0)) qi++;
            if (qi == TenPow14)
            {
                qi = TenPow13;
                k++;
            }
            return (qi.ToString(CultureInfo.InvariantCulture), k);
        }
    }

    /// <summary><c>lua_str2number</c>: strtod (decimal, hex <c>0x</c>, <c>inf</c>/<c>nan</c> words) with surrounding whitespace allowed.</summary>
    /// <remarks>5.1 hands the string to C as a C string, so it ends at the first zero byte.</remarks>
    public static bool TryParseNumber(ReadOnlySpan<byte> s, out double d)
    {
        int z = s.IndexOf((byte)0);
        if (z >= 0) s = s[..z];
        int end = StrToD(s, out d);
        if (end == 0) return false;
        // luaO_str2d retries an 'x' with strtoul, which can never get past it where strtod stopped.
        while (end < s.Length && IsSpace(s[end])) end++;
        return end == s.Length;
    }

    internal static bool IsSpace(byte c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>The prefix C's <c>strtod</c> and <c>strtoul</c> both accept: white space, then an optional sign; true for '-'.</summary>
    private static bool SkipSpaceAndSign(ReadOnlySpan<byte> s, ref int i)
    {
        while (i < s.Length && IsSpace(s[i])) i++;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) return s[i++] == '-';
        return false;
    }

    /// <summary>glibc's <c>strtod</c>: returns how many bytes it read (0 when none), like its end pointer.</summary>
    internal static int StrToD(ReadOnlySpan<byte> s, out double d)
    {
        d = 0;
        int i = 0;
        bool negative = SkipSpaceAndSign(s, ref i);
        int end;
        double v;
        if (MatchWord(s, i, "inf"))
        {
            end = i + (MatchWord(s, i, "infinity") ? 8 : 3);
            v = double.PositiveInfinity;
        }
        else if (MatchWord(s, i, "nan"))
        {
            end = i + 3;
            if (end < s.Length && s[end] == '(')
            {
                int j = end + 1;
                while (j < s.Length && (char.IsAsciiLetterOrDigit((char)s[j]) || s[j] == '_')) j++;
                if (j < s.Length && s[j] == ')') end = j + 1;
            }
            // glibc's NAN has a clear sign bit; the sign prefix then sets it.
            v = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);
        }
        else if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] | 0x20) == 'x' && StartsHexMantissa(s, i + 2))
        {
            end = ParseHex(s, i + 2, out v);
        }
        else
        {
            end = ScanDecimal(s, i);
            if (end == i) return 0;
            if (!TryShortDecimal(s[i..end], out v))
                v = double.Parse(s[i..end], NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        }
        d = negative ? -v : v;
        return end;
    }

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// <c>123</c> or <c>12.75</c> with at most 15 digits and no exponent, the common numerals of
    /// <c>tonumber</c>: the digits are an exact integer below 2^53 and the power of ten is exact, so
    /// one division rounds correctly, as strtod does (Clinger's fast path).
    /// </summary>
    private static bool TryShortDecimal(ReadOnlySpan<byte> s, out double v)
    {
        v = 0;
        if (s.Length > 16) return false;
        long m = 0;
        int digits = 0, point = -1;
        for (int k = 0; k < s.Length; k++)
        {
            byte c = s[k];
            if (c == '.' && point < 0) point = k;
            else if ((uint)(c - '0') <= 9)
            {
                m = m * 10 + (c - '0');
                digits++;
            }
            else return false;
        }
        if (digits > 15) return false;
        v = point < 0 ? m : m / PowersOfTen[s.Length - 1 - point];
        return true;
    }

    private static bool MatchWord(ReadOnlySpan<byte> s, int i, string word)
    {
        if (s.Length - i < word.Length) return false;
        for (int k = 0; k < word.Length; k++)
            if ((s[i + k] | 0x20) != word[k]) return false;
        return true;
    }

    private static int ScanDecimal(ReadOnlySpan<byte> s, int i)
    {
        int start = i, digits = 0;
        while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; digits++; }
        }
        if (digits == 0) return start;
        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            int j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
            if (j < s.Length && char.IsAsciiDigit((char)s[j]))
            {
                while (j < s.Length && char.IsAsciiDigit((char)s[j])) j++;
                i = j;
            }
        }
        return i;
    }

    private static bool StartsHexMantissa(ReadOnlySpan<byte> s, int i)
        => i < s.Length && (char.IsAsciiHexDigit((char)s[i]) || (s[i] == '.' && i + 1 < s.Length && char.IsAsciiHexDigit((char)s[i + 1])));

    private static int ParseHex(ReadOnlySpan<byte> s, int i, out double v)
    {
        ulong mant = 0;
        long exp2 = 0;
        bool sticky = false, point = false;
        for (; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == '.' && !point)
            {
                point = true;
                continue;
            }
            if (!char.IsAsciiHexDigit((char)c)) break;
            int dv = char.IsAsciiDigit((char)c) ? c - '0' : (c | 0x20) - 'a' + 10;
            if (mant < 1UL << 60)
            {
                mant = mant * 16 + (ulong)dv;
                if (point) exp2 -= 4;
            }
            else
            {
                // Past 60 bits only whether anything is non-zero matters for rounding.
                sticky |= dv != 0;
                if (!point) exp2 += 4;
            }
        }
        if (i < s.Length && (s[i] | 0x20) == 'p')
        {
            int j = i + 1;
            bool eneg = false;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) { eneg = s[j] == '-'; j++; }
            if (j < s.Length && char.IsAsciiDigit((char)s[j]))
            {
                long e = 0;
                while (j < s.Length && char.IsAsciiDigit((char)s[j]))
                {
                    if (e < 100_000) e = e * 10 + (s[j] - '0');
                    j++;
                }
                exp2 += eneg ? -e : e;
                i = j;
            }
        }
        if (sticky) mant |= 1;
        v = Math.ScaleB((double)mant, (int)Math.Clamp(exp2, -100_000, 100_000));
        return i;
    }

    /// <summary><c>tonumber(s, base)</c>: glibc's <c>strtoul</c> (sign allowed, <c>0x</c> for base 16, wrapping modulo 2^64, saturating on overflow) then only trailing spaces.</summary>
    public static bool TryParseUnsigned(ReadOnlySpan<byte> s, int radix, out double d)
    {
        d = 0;
        int z = s.IndexOf((byte)0);
        if (z >= 0) s = s[..z];
        int i = 0;
        bool negative = SkipSpaceAndSign(s, ref i);
        if (radix == 16 && i + 2 < s.Length && s[i] == '0' && (s[i + 1] | 0x20) == 'x' && DigitValue(s[i + 2]) < 16)
            i += 2;
        int start = i;
        ulong n = 0;
        bool overflow = false;
        for (; i < s.Length; i++)
        {
            int dv = DigitValue(s[i]);
            if (dv >= radix) break;
            ulong next = unchecked(n * (ulong)radix + (ulong)dv);
            if (n > (ulong.MaxValue - (ulong)dv) / (ulong)radix) overflow = true;
            n = next;
        }
        if (i == start) return false;
        while (i < s.Length && IsSpace(s[i])) i++;
        if (i != s.Length) return false;
        if (overflow) n = ulong.MaxValue;
        else if (negative) n = unchecked(0 - n);
        d = n;
        return true;
    }

    private static int DigitValue(byte c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        int l = c | 0x20;
        return l >= 'a' && l <= 'z' ? l - 'a' + 10 : 99;
    }
}
