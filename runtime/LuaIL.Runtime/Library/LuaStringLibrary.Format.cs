namespace LuaIL.Runtime;

// string.format: 5.1's str_format, with C's printf conversions written out (glibc's output, byte for byte).
public static partial class LuaStringLibrary
{
    /// <summary>One conversion specification: <c>%[flags][width][.precision]conv</c>, as 5.1's <c>scanformat</c> accepts it.</summary>
    private struct FormatSpec
    {
        public bool Minus, Plus, Space, Alt, Zero;
        public int Width;
        public int Precision; // -1 when the spec has no '.'
        public byte Conversion;
    }

    private static LuaValue Format(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        int top = args.Length;
        int arg = 1;
        var fmt = LuaArgs.CheckString(L, args, 1).Span;
        var b = new LuaByteBuffer(stackalloc byte[256]);
        int i = 0;
        while (i < fmt.Length)
        {
            byte c = fmt[i++];
            if (c != '%')
            {
                b.Add(c);
                continue;
            }
            if (At(fmt, i) == '%')
            {
                b.Add(c);
                i++;
                continue;
            }
            if (++arg > top) throw LuaArgs.ArgError(L, arg, "no value");
            var spec = ScanFormat(L, fmt, ref i);
            switch (spec.Conversion)
            {
                case (byte)'c':
                    FormatChar(ref b, spec, CInt(LuaArgs.CheckNumber(L, args, arg)));
                    break;
                case (byte)'d' or (byte)'i':
                {
                    long v = LuaArgs.NumberToInteger(LuaArgs.CheckNumber(L, args, arg));
                    FormatInteger(ref b, spec, v < 0 ? (ulong)-v : (ulong)v, v < 0);
                    break;
                }
                case (byte)'o' or (byte)'u' or (byte)'x' or (byte)'X':
                    FormatInteger(ref b, spec, CUnsignedLong(LuaArgs.CheckNumber(L, args, arg)), false);
                    break;
                case (byte)'e' or (byte)'E' or (byte)'f' or (byte)'g' or (byte)'G':
                    FormatFloat(ref b, spec, LuaArgs.CheckNumber(L, args, arg));
                    break;
                case (byte)'q':
                    AddQuoted(ref b, LuaArgs.CheckString(L, args, arg).Span);
                    break;
                case (byte)'s':
                    FormatString(ref b, spec, LuaArgs.CheckString(L, args, arg).Span);
                    break;
                default:
                {
                    // lua_pushfstring's %c of a zero byte adds nothing (it goes through a C string).
                    string option = spec.Conversion == 0 ? "" : ((char)spec.Conversion).ToString();
                    throw LuaArgs.Error(L, LuaString.FromLatin1($"invalid option '%{option}' to 'format'"));
                }
            }
        }
        var result = b.ToLuaString();
        b.Dispose();
        return L.Return1(new LuaValue(result));
    }

    /// <summary>The byte at <paramref name="i"/>, or the terminating zero 5.1 reads past the end.</summary>
    private static byte At(ReadOnlySpan<byte> s, int i) => i < s.Length ? s[i] : (byte)0;

    /// <summary>5.1's <c>scanformat</c>: up to five flag characters (repeats allowed), two width digits, two precision digits; leaves <paramref name="i"/> past the conversion character.</summary>
    private static FormatSpec ScanFormat(LuaState L, ReadOnlySpan<byte> fmt, ref int i)
    {
        var spec = new FormatSpec { Precision = -1 };
        int start = i;
        while (true)
        {
            switch (At(fmt, i))
            {
                case (byte)'-': spec.Minus = true; break;
                case (byte)'+': spec.Plus = true; break;
                case (byte)' ': spec.Space = true; break;
                case (byte)'#': spec.Alt = true; break;
                case (byte)'0': spec.Zero = true; break;
                default: goto FlagsDone;
            }
            i++;
        }
    FlagsDone:
        // sizeof(FLAGS) is 6, with its terminating zero.
        if (i - start >= 6) throw LuaErrors.Error(L, 1, "invalid format (repeated flags)");
        for (int k = 0; k < 2 && LuaPatterns.IsDigit(At(fmt, i)); k++) spec.Width = spec.Width * 10 + fmt[i++] - '0';
        if (At(fmt, i) == '.')
        {
            i++;
            spec.Precision = 0;
            for (int k = 0; k < 2 && LuaPatterns.IsDigit(At(fmt, i)); k++) spec.Precision = spec.Precision * 10 + fmt[i++] - '0';
        }
        if (LuaPatterns.IsDigit(At(fmt, i))) throw LuaErrors.Error(L, 1, "invalid format (width or precision too long)");
        spec.Conversion = At(fmt, i);
        i++;
        return spec;
    }

    /// <summary>C's <c>(int)</c> of a double on x86-64 (<c>cvttsd2si</c>): truncation, and 0x80000000 when out of range or NaN.</summary>
    private static int CInt(double d) => d > -2147483649.0 && d < 2147483648.0 ? (int)d : int.MinValue;

    /// <summary>C's <c>(unsigned long)</c> of a double as gcc compiles it on x86-64: signed conversion below 2^63, offset conversion at or above.</summary>
    private static ulong CUnsignedLong(double d)
    {
        const double TwoPow63 = 9223372036854775808.0;
        if (!(d >= TwoPow63)) return unchecked((ulong)LuaArgs.NumberToInteger(d));
        return unchecked((ulong)LuaArgs.NumberToInteger(d - TwoPow63)) ^ 0x8000000000000000UL;
    }

    /// <summary>Pads <paramref name="body"/> (already with its sign or prefix) to the width: spaces on the left, or on the right with '-'.</summary>
    private static void AddPadded(ref LuaByteBuffer b, in FormatSpec spec, scoped ReadOnlySpan<byte> body)
    {
        int pad = spec.Width - body.Length;
        if (!spec.Minus) b.AddRepeated((byte)' ', pad);
        b.Add(body);
        if (spec.Minus) b.AddRepeated((byte)' ', pad);
    }

    /// <summary>Writes a number as printf does: sign or prefix, zero padding after it when '0' applies, else space padding.</summary>
    private static void AddNumber(ref LuaByteBuffer b, in FormatSpec spec, scoped ReadOnlySpan<byte> prefix, scoped ReadOnlySpan<byte> digits, bool zeroPad)
    {
        int pad = spec.Width - prefix.Length - digits.Length;
        if (spec.Minus)
        {
            b.Add(prefix);
            b.Add(digits);
            b.AddRepeated((byte)' ', pad);
        }
        else if (zeroPad)
        {
            b.Add(prefix);
            b.AddRepeated((byte)'0', pad);
            b.Add(digits);
        }
        else
        {
            b.AddRepeated((byte)' ', pad);
            b.Add(prefix);
            b.Add(digits);
        }
    }

    private static void FormatChar(ref LuaByteBuffer b, in FormatSpec spec, int c)
    {
        // 5.1 copies the item with strlen: a zero byte ends it, and the padding after it is lost too.
        byte ch = (byte)c;
        int pad = spec.Width - 1;
        if (spec.Minus)
        {
            if (ch == 0) return;
            b.Add(ch);
            b.AddRepeated((byte)' ', pad);
        }
        else
        {
            b.AddRepeated((byte)' ', pad);
            if (ch != 0) b.Add(ch);
        }
    }

    private static void FormatString(ref LuaByteBuffer b, in FormatSpec spec, ReadOnlySpan<byte> s)
    {
        // Without a precision, a string of 100 bytes or more is copied whole, zero bytes and all, width ignored.
        if (spec.Precision < 0 && s.Length >= 100)
        {
            b.Add(s);
            return;
        }
        // Otherwise it goes through sprintf as a C string.
        int z = s.IndexOf((byte)0);
        if (z >= 0) s = s[..z];
        if (spec.Precision >= 0 && s.Length > spec.Precision) s = s[..spec.Precision];
        AddPadded(ref b, spec, s);
    }

    /// <summary>5.1's <c>addquoted</c>: flags and width are ignored.</summary>
    private static void AddQuoted(ref LuaByteBuffer b, ReadOnlySpan<byte> s)
    {
        b.Add((byte)'"');
        foreach (byte c in s)
        {
            switch (c)
            {
                case (byte)'"' or (byte)'\\' or (byte)'\n':
                    b.Add((byte)'\\');
                    b.Add(c);
                    break;
                case (byte)'\r':
                    b.Add("\\r"u8);
                    break;
                case 0:
                    b.Add("\\000"u8);
                    break;
                default:
                    b.Add(c);
                    break;
            }
        }
        b.Add((byte)'"');
    }

    /// <summary>printf's <c>%d %i %o %u %x %X</c> of a magnitude (with its sign for <c>%d</c>).</summary>
    private static void FormatInteger(ref LuaByteBuffer b, in FormatSpec spec, ulong magnitude, bool negative)
    {
        byte conv = spec.Conversion;
        Span<byte> digits = stackalloc byte[128];
        int pos = digits.Length;
        uint radix = conv switch { (byte)'o' => 8u, (byte)'x' or (byte)'X' => 16u, _ => 10u };
        var hex = conv == 'X' ? "0123456789ABCDEF"u8 : "0123456789abcdef"u8;
        // Constant divisors become multiplications.
        if (radix == 10)
        {
            for (ulong v = magnitude; v != 0; v /= 10) digits[--pos] = (byte)('0' + (int)(v % 10));
        }
        else if (radix == 16)
        {
            for (ulong v = magnitude; v != 0; v >>= 4) digits[--pos] = hex[(int)(v & 15)];
        }
        else
        {
            for (ulong v = magnitude; v != 0; v >>= 3) digits[--pos] = (byte)('0' + (int)(v & 7));
        }
        // The default precision is 1; an explicit precision of 0 prints nothing for zero.
        int precision = spec.Precision < 0 ? 1 : spec.Precision;
        while (digits.Length - pos < precision) digits[--pos] = (byte)'0';
        if (conv == 'o' && spec.Alt && (pos == digits.Length || digits[pos] != '0')) digits[--pos] = (byte)'0';

        Span<byte> prefix = stackalloc byte[2];
        int plen = 0;
        if (conv is (byte)'d' or (byte)'i')
        {
            if (negative) prefix[plen++] = (byte)'-';
            else if (spec.Plus) prefix[plen++] = (byte)'+';
            else if (spec.Space) prefix[plen++] = (byte)' ';
        }
        else if (conv is (byte)'x' or (byte)'X' && spec.Alt && magnitude != 0)
        {
            prefix[plen++] = (byte)'0';
            prefix[plen++] = conv;
        }
        // '0' is ignored with '-' and with an explicit precision.
        AddNumber(ref b, spec, prefix[..plen], digits[pos..], spec.Zero && spec.Precision < 0);
    }
}
