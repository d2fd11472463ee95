using System.Globalization;

namespace LuaIL.Runtime;

// Fast, allocation-free paths of printf's %g and %f for the numbers that allow them; the callers
// keep the exact general paths for the rest.
public static partial class LuaConvert
{
    /// <summary>
    /// printf's <c>%.Pg</c> (no <c>#</c>) of a finite <paramref name="x"/> &gt; 0 into <paramref name="dst"/>,
    /// or -1 when this path does not apply. It writes the shortest round-trip digits of
    /// <paramref name="x"/> when there are at most P of them: the exact value lies within half an
    /// ulp of them, and for P &lt;= 15 that is less than half a unit of the P-th digit, so they are
    /// also what rounding the exact value to P digits gives. Subnormals (wider ulps), P over 15 and
    /// longer digit strings return -1.
    /// </summary>
    internal static int TryFormatGShortest(double x, int precision, Span<byte> dst)
    {
        if (precision > 15 || !(x >= 2.2250738585072014e-308) || double.IsPositiveInfinity(x)) return -1;
        Span<byte> r = stackalloc byte[40];
        if (!x.TryFormat(r, out int n, "R", CultureInfo.InvariantCulture)) return -1;
        // "R" writes d.ddd, 0.000ddd or d.dddE+dd: collect the digits and where the point was.
        Span<byte> digits = stackalloc byte[32];
        int nd = 0, intLen = -1, i = 0;
        for (; i < n && r[i] != 'E'; i++)
        {
            if (r[i] == '.') intLen = nd;
            else digits[nd++] = r[i];
        }
        if (intLen < 0) intLen = nd;
        int exp10 = 0;
        if (i < n)
        {
            bool negative = r[i + 1] == '-';
            for (int k = i + 2; k < n; k++) exp10 = exp10 * 10 + (r[k] - '0');
            if (negative) exp10 = -exp10;
        }
        int lead = 0;
        while (lead < nd - 1 && digits[lead] == '0') lead++;
        int end = nd;
        while (end > lead + 1 && digits[end - 1] == '0') end--;
        var d = digits[lead..end];
        if (d.Length > precision) return -1;
        // X: the decimal exponent of the first significant digit.
        int x10 = intLen - 1 - lead + exp10;
        int w = 0;
        if (x10 < -4 || x10 >= precision)
        {
            dst[w++] = d[0];
            if (d.Length > 1)
            {
                dst[w++] = (byte)'.';
                d[1..].CopyTo(dst[w..]);
                w += d.Length - 1;
            }
            dst[w++] = (byte)'e';
            dst[w++] = x10 < 0 ? (byte)'-' : (byte)'+';
            int ae = Math.Abs(x10);
            if (ae >= 100) dst[w++] = (byte)('0' + ae / 100);
            dst[w++] = (byte)('0' + ae / 10 % 10);
            dst[w++] = (byte)('0' + ae % 10);
        }
        else if (x10 >= 0)
        {
            int intDigits = x10 + 1;
            for (int k = 0; k < intDigits; k++) dst[w++] = k < d.Length ? d[k] : (byte)'0';
            if (d.Length > intDigits)
            {
                dst[w++] = (byte)'.';
                d[intDigits..].CopyTo(dst[w..]);
                w += d.Length - intDigits;
            }
        }
        else
        {
            dst[w++] = (byte)'0';
            dst[w++] = (byte)'.';
            for (int k = 0; k < -x10 - 1; k++) dst[w++] = (byte)'0';
            d.CopyTo(dst[w..]);
            w += d.Length;
        }
        return w;
    }

    private static readonly ulong[] IntegerPowersOfTen = BuildIntegerPowersOfTen();

    private static ulong[] BuildIntegerPowersOfTen()
    {
        var t = new ulong[16];
        t[0] = 1;
        for (int i = 1; i < t.Length; i++) t[i] = t[i - 1] * 10;
        return t;
    }

    /// <summary>
    /// printf's <c>%.Pf</c> (no <c>#</c>) of a finite <paramref name="x"/> &gt;= 0 below 2^53 with P &lt;= 15,
    /// or -1 when the result does not fit this path. x is m * 2^e exactly, so x * 10^P is the
    /// fraction m * 10^P / 2^-e of 128-bit integers, rounded half to even as glibc rounds the exact
    /// value.
    /// </summary>
    internal static int TryFormatFixed(double x, int precision, Span<byte> dst)
    {
        if (precision > 15 || !(x < 9007199254740992.0)) return -1;
        ulong bits = BitConverter.DoubleToUInt64Bits(x);
        int be = (int)(bits >> 52) & 0x7FF;
        ulong m = bits & ((1UL << 52) - 1);
        int k;
        if (be == 0) k = 1074;
        else
        {
            m |= 1UL << 52;
            k = 1075 - be;
        }
        // m < 2^53 and 10^15 < 2^50: the product fits in 103 bits.
        UInt128 prod = (UInt128)m * IntegerPowersOfTen[precision];
        UInt128 q;
        if (k <= 0) q = prod;
        else if (k > 110) q = 0; // prod < 2^103 is under half of 2^k
        else
        {
            q = prod >> k;
            UInt128 rem = prod - (q << k);
            UInt128 half = (UInt128)1 << (k - 1);
            if (rem > half || (rem == half && (q & 1) != 0)) q++;
        }
        if (q > ulong.MaxValue) return -1;
        ulong v = (ulong)q;
        Span<byte> rev = stackalloc byte[24];
        int nd = 0;
        do
        {
            rev[nd++] = (byte)('0' + (int)(v % 10));
            v /= 10;
        } while (v != 0);
        // At least one digit before the point.
        while (nd < precision + 1) rev[nd++] = (byte)'0';
        int w = 0;
        for (int i = nd - 1; i >= 0; i--)
        {
            dst[w++] = rev[i];
            if (i == precision && precision > 0) dst[w++] = (byte)'.';
        }
        return w;
    }
}
