using System.Globalization;

namespace LuaIL.Runtime;

// printf's %e %E %f %g %G as glibc prints them.
public static partial class LuaStringLibrary
{
    // .NET's "F<n>" and "E<n>" produce the exact decimal value rounded at the requested digit, and
    // round exact ties to even as glibc does (2.5 -> "2", 0.125 -> "0.12"); checked against lua5.1
    // on thousands of values in StringLibraryTests. Only the layout (exponent digits, '#', %g) is ours.
    // The largest precision needed is %g's P - 1 - X with P = 99 and X = -4.
    private const int MaxFloatPrecision = 104;
    private static readonly string[] FixedFormats = BuildFormats('F');
    private static readonly string[] ExpFormats = BuildFormats('E');

    private static string[] BuildFormats(char kind)
    {
        var r = new string[MaxFloatPrecision + 1];
        for (int i = 0; i < r.Length; i++) r[i] = kind + i.ToString(CultureInfo.InvariantCulture);
        return r;
    }

    private static void FormatFloat(ref LuaByteBuffer b, in FormatSpec spec, double v)
    {
        Span<byte> prefix = stackalloc byte[1];
        int plen = 0;
        // The sign bit decides: -0 prints "-0", and the NaN of 0/0 on x86 prints "-nan".
        if (double.IsNegative(v)) prefix[plen++] = (byte)'-';
        else if (spec.Plus) prefix[plen++] = (byte)'+';
        else if (spec.Space) prefix[plen++] = (byte)' ';
        bool upper = spec.Conversion is (byte)'E' or (byte)'G';
        if (!double.IsFinite(v))
        {
            var word = double.IsNaN(v) ? (upper ? "NAN"u8 : "nan"u8) : (upper ? "INF"u8 : "inf"u8);
            // '0' does not pad infinities and NaNs.
            AddNumber(ref b, spec, prefix[..plen], word, zeroPad: false);
            return;
        }
        Span<byte> body = stackalloc byte[512];
        int n = FloatBody(Math.Abs(v), spec, body);
        AddNumber(ref b, spec, prefix[..plen], body[..n], spec.Zero);
    }

    /// <summary>The digits of finite, non-negative <paramref name="x"/> under the conversion of <paramref name="spec"/>, without sign or padding.</summary>
    private static int FloatBody(double x, in FormatSpec spec, Span<byte> dst)
    {
        Span<char> t = stackalloc char[512];
        int precision = spec.Precision < 0 ? 6 : spec.Precision;
        int fast;
        switch (spec.Conversion)
        {
            case (byte)'f':
                if (!spec.Alt && (fast = LuaConvert.TryFormatFixed(x, precision, dst)) >= 0) return fast;
                return Fixed(x, precision, spec.Alt, t, dst);
            case (byte)'e':
            case (byte)'E':
                return Exponential(x, precision, spec.Alt, spec.Conversion, t, dst);
        }
        // %g: the exponent X of the %e form with P - 1 digits after the point (after rounding)
        // chooses %f with P - 1 - X digits when -4 <= X < P, else %e with P - 1.
        int p = precision == 0 ? 1 : precision;
        if (!spec.Alt && (fast = LuaConvert.TryFormatGShortest(x, p, dst)) >= 0)
        {
            if (spec.Conversion == 'G') dst[..fast].Replace((byte)'e', (byte)'E');
            return fast;
        }
        x.TryFormat(t, out int w, ExpFormats[p - 1], CultureInfo.InvariantCulture);
        int exp = ParseExponent(t[..w]);
        int n = exp < p && exp >= -4
            ? Fixed(x, p - 1 - exp, spec.Alt, t, dst)
            : Exponential(x, p - 1, spec.Alt, spec.Conversion == 'G' ? (byte)'E' : (byte)'e', t, dst);
        return spec.Alt ? n : StripTrailingZeros(dst, n);
    }

    private static int Fixed(double x, int precision, bool alt, Span<char> t, Span<byte> dst)
    {
        x.TryFormat(t, out int w, FixedFormats[precision], CultureInfo.InvariantCulture);
        for (int i = 0; i < w; i++) dst[i] = (byte)t[i];
        if (alt && precision == 0) dst[w++] = (byte)'.';
        return w;
    }

    private static int Exponential(double x, int precision, bool alt, byte e, Span<char> t, Span<byte> dst)
    {
        // .NET writes "d.dddE+ddd"; C writes at least two exponent digits.
        x.TryFormat(t, out int w, ExpFormats[precision], CultureInfo.InvariantCulture);
        int epos = t[..w].IndexOf('E');
        int n = 0;
        for (int i = 0; i < epos; i++) dst[n++] = (byte)t[i];
        if (alt && precision == 0) dst[n++] = (byte)'.';
        dst[n++] = e;
        dst[n++] = (byte)t[epos + 1];
        int digits = epos + 2;
        while (digits < w - 2 && t[digits] == '0') digits++;
        for (int i = digits; i < w; i++) dst[n++] = (byte)t[i];
        return n;
    }

    private static int ParseExponent(ReadOnlySpan<char> t)
    {
        int epos = t.IndexOf('E');
        return int.Parse(t[(epos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>%g without '#': drops trailing zeros of the fraction, and the point when nothing follows it.</summary>
    private static int StripTrailingZeros(Span<byte> s, int n)
    {
        int end = s[..n].IndexOfAny((byte)'e', (byte)'E');
        if (end < 0) end = n;
        if (s[..end].IndexOf((byte)'.') < 0) return n;
        int keep = end;
        while (s[keep - 1] == '0') keep--;
        if (s[keep - 1] == '.') keep--;
        s[end..n].CopyTo(s[keep..]);
        return keep + (n - end);
    }
}
