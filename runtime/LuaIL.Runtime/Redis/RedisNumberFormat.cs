using System.Globalization;
using System.Text;

namespace LuaIL.Runtime.Redis;

/// <summary>The number formats Redis 7.0 uses at the Lua boundary: C's <c>%.17g</c> for command arguments and double replies.</summary>
public static class RedisNumberFormat
{
    /// <summary>glibc's <c>printf("%.17g", d)</c>: how 7.0 turns a Lua number argument of <c>redis.call</c> into bytes (<c>0.1</c> → <c>0.10000000000000001</c>).</summary>
    public static string G17(double d) => PrintfG(d, 17);

    /// <summary>The text of a double reply (<c>addReplyDouble</c>): <c>inf</c>/<c>-inf</c> spelled out, otherwise <c>%.17g</c>.</summary>
    public static string DoubleReplyText(double d)
        => double.IsInfinity(d) ? (d > 0 ? "inf" : "-inf") : G17(d);

    /// <summary>C's <c>%.{precision}g</c> as glibc prints it on x86-64 (<c>-nan</c> for NaNs with the sign bit, as 0/0 gives).</summary>
    public static string PrintfG(double d, int precision)
    {
        if (double.IsNaN(d)) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-nan" : "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (precision == 0) precision = 1;
        bool negative = d < 0 || (d == 0 && double.IsNegative(d));
        if (d == 0) return negative ? "-0" : "0";
        // "E" gives the correctly rounded digits (IEEE-exact since .NET Core 3.0): d.ddddE+xxx.
        var e = Math.Abs(d).ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int ePos = e.IndexOf('E');
        string digits = e[..ePos].Replace(".", "", StringComparison.Ordinal);
        int exponent = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var sb = new StringBuilder(32);
        if (negative) sb.Append('-');
        if (exponent < -4 || exponent >= precision)
        {
            string mantissa = digits.TrimEnd('0');
            sb.Append(mantissa[0]);
            if (mantissa.Length > 1) sb.Append('.').Append(mantissa, 1, mantissa.Length - 1);
            sb.Append(exponent < 0 ? "e-" : "e+");
            int ax = Math.Abs(exponent);
            if (ax < 10) sb.Append('0');
            sb.Append(ax.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        if (exponent >= 0)
        {
            string intPart = digits[..(exponent + 1)];
            string frac = digits[(exponent + 1)..].TrimEnd('0');
            sb.Append(intPart);
            if (frac.Length > 0) sb.Append('.').Append(frac);
        }
        else
        {
            string frac = (new string('0', -exponent - 1) + digits).TrimEnd('0');
            sb.Append("0.").Append(frac);
        }
        return sb.ToString();
    }
}
