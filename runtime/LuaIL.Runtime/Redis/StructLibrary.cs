using System.Buffers.Binary;

namespace LuaIL.Runtime.Redis;

/// <summary>Roberto Ierusalimschy's <c>struct</c> library (1.4 as Redis 7.0 ships it): <c>pack</c>, <c>unpack</c>, <c>size</c> over binary strings.</summary>
/// <remarks>
/// Formats, read byte by byte up to the first zero byte (a C string): <c>&gt;</c> big endian,
/// <c>&lt;</c> little endian, <c>![n]</c> maximum alignment (default 8), <c>x</c> one pad byte,
/// <c>b B h H l L T i[n] I[n]</c> integers of 1, 2, 8, 8 and n (default 4, at most 32) bytes,
/// <c>c[n]</c> n raw bytes, <c>s</c> a zero-terminated string, <c>f d</c> float and double,
/// space ignored. Integers travel through a 64-bit <c>unsigned long</c>: bytes past the eighth pack
/// as zero and unpack as the sign mask allows, exactly as the C shifts do on x86-64.
/// </remarks>
public static class StructLibrary
{
    private const int MaxIntSize = 32;
    // MAXALIGN: the padding before a double in a struct (8 on x86-64), at least sizeof(int).
    private const int MaxAlign = 8;

    /// <summary>Creates the <c>struct</c> table in <see cref="LuaState.Globals"/>.</summary>
    public static void Open(LuaState L)
    {
        var t = new LuaTable(0, 3);
        LuaStandardLibrary.Register(t, "pack", Pack);
        LuaStandardLibrary.Register(t, "unpack", Unpack);
        LuaStandardLibrary.Register(t, "size", Size);
        L.Globals.RawSet(LuaString.Intern("struct"), new LuaValue(t));
    }

    // The header the format's control options change as it is read.
    private struct Header
    {
        public bool Little;
        public int Align;
    }

    // A format string as C sees it: it ends at the first zero byte.
    private ref struct Format(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text.IndexOf((byte)0) is var z and >= 0 ? text[..z] : text;
        private int _pos;

        public readonly bool AtEnd => _pos >= _text.Length;
        public byte Next() => _text[_pos++];
        private readonly bool AtDigit => _pos < _text.Length && char.IsAsciiDigit((char)_text[_pos]);

        public int GetNum(LuaState L, int defaultValue)
        {
            if (!AtDigit) return defaultValue;
            int a = 0;
            do
            {
                int d = _text[_pos] - '0';
                if (a > int.MaxValue / 10 || a * 10 > int.MaxValue - d) throw RedisLibSupport.Error(L, "integral size overflow");
                a = a * 10 + d;
                _pos++;
            } while (AtDigit);
            return a;
        }
    }

    private static ulong OptSize(LuaState L, byte opt, ref Format fmt)
    {
        switch (opt)
        {
            case (byte)'B': case (byte)'b': return 1;
            case (byte)'H': case (byte)'h': return 2;
            case (byte)'L': case (byte)'l': case (byte)'T': return 8;
            case (byte)'f': return 4;
            case (byte)'d': return 8;
            case (byte)'x': return 1;
            case (byte)'c': return (ulong)fmt.GetNum(L, 1);
            case (byte)'i': case (byte)'I':
                int sz = fmt.GetNum(L, 4);
                if (sz > MaxIntSize) throw RedisLibSupport.Error(L, $"integral size {sz} is larger than limit of {MaxIntSize}");
                return (ulong)sz;
            default: return 0;
        }
    }

    // gettoalign: padding for an item of 'size' at offset 'len'; the masks are the C ones even when size is no power of 2.
    private static ulong ToAlign(ulong len, in Header h, byte opt, ulong size)
    {
        if (size == 0 || opt == 'c') return 0;
        if (size > (ulong)h.Align) size = (ulong)h.Align;
        return unchecked((size - (len & (size - 1))) & (size - 1));
    }

    private static void ControlOptions(LuaState L, byte opt, ref Format fmt, ref Header h)
    {
        switch (opt)
        {
            case (byte)' ': return;
            case (byte)'>': h.Little = false; return;
            case (byte)'<': h.Little = true; return;
            case (byte)'!':
                int a = fmt.GetNum(L, MaxAlign);
                if (a <= 0 || (a & (a - 1)) != 0) throw RedisLibSupport.Error(L, $"alignment {a} is not a power of 2");
                h.Align = a;
                return;
            default:
                throw RedisLibSupport.ArgError(L, 1, $"invalid format option '{(char)opt}'");
        }
    }

    private static bool IsIntegerOption(byte opt) => opt is (byte)'b' or (byte)'B' or (byte)'h' or (byte)'H'
        or (byte)'l' or (byte)'L' or (byte)'T' or (byte)'i' or (byte)'I';

    private static LuaValue Pack(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var fmt = new Format(LuaArgs.CheckString(L, args, 1).Span);
        var h = new Header { Little = true, Align = 1 };
        int arg = 2;
        ulong total = 0;
        var b = new RedisLibBuffer();
        Span<byte> tmp = stackalloc byte[MaxIntSize];
        while (!fmt.AtEnd)
        {
            byte opt = fmt.Next();
            ulong size = OptSize(L, opt, ref fmt);
            ulong pad = ToAlign(total, h, opt, size);
            total += pad;
            b.AppendZeros((int)pad);
            if (IsIntegerOption(opt))
            {
                double n = PackNumber(L, args, arg++);
                ulong value = n < 0 ? (ulong)RedisLibSupport.DoubleToInt64(n) : RedisLibSupport.DoubleToUInt64(n);
                int count = (int)size;
                // A 64-bit value shifted right 8 bits per byte: bytes past the eighth are zero, even for negatives.
                for (int i = 0; i < count; i++)
                {
                    tmp[h.Little ? i : count - 1 - i] = (byte)value;
                    value >>= 8;
                }
                b.Append(tmp[..count]);
            }
            else if (opt == 'x')
            {
                b.Append(0);
            }
            else if (opt == 'f')
            {
                float f = (float)PackNumber(L, args, arg++);
                if (h.Little) BinaryPrimitives.WriteSingleLittleEndian(tmp, f);
                else BinaryPrimitives.WriteSingleBigEndian(tmp, f);
                b.Append(tmp[..4]);
            }
            else if (opt == 'd')
            {
                double d = PackNumber(L, args, arg++);
                if (h.Little) BinaryPrimitives.WriteDoubleLittleEndian(tmp, d);
                else BinaryPrimitives.WriteDoubleBigEndian(tmp, d);
                b.Append(tmp[..8]);
            }
            else if (opt == 'c' || opt == 's')
            {
                var s = PackString(L, args, arg++);
                if (size == 0) size = (ulong)s.Length;
                // The C code checks after arg++, so the message names the next argument.
                if ((ulong)s.Length < size) throw RedisLibSupport.ArgError(L, arg, "string too short");
                b.Append(s.Span[..(int)size]);
                if (opt == 's')
                {
                    b.Append(0);
                    size++;
                }
            }
            else
            {
                ControlOptions(L, opt, ref fmt, ref h);
            }
            total += size;
        }
        return L.Return1(new LuaValue(b.ToLuaString()));
    }

    // b_pack pushes a nil after its arguments (to mark where its buffer starts), so the first
    // missing argument is "nil" rather than "no value".
    private static double PackNumber(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
        => arg == args.Length + 1 ? throw LuaArgs.ArgError(L, arg, "number expected, got nil") : LuaArgs.CheckNumber(L, args, arg);

    private static LuaString PackString(LuaState L, ReadOnlySpan<LuaValue> args, int arg)
        => arg == args.Length + 1 ? throw LuaArgs.ArgError(L, arg, "string expected, got nil") : LuaArgs.CheckString(L, args, arg);

    private static double GetInteger(ReadOnlySpan<byte> buff, bool little, bool signed, int size)
    {
        ulong l = 0;
        for (int k = 0; k < size; k++)
        {
            l <<= 8;
            l |= buff[little ? size - 1 - k : k];
        }
        if (!signed) return l;
        // The C shift count wraps modulo 64 on x86-64, as C#'s does.
        ulong mask = ulong.MaxValue << (size * 8 - 1);
        if ((l & mask) != 0) l |= mask;
        return unchecked((long)l);
    }

    private static LuaValue Unpack(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var fmt = new Format(LuaArgs.CheckString(L, args, 1).Span);
        var data = LuaArgs.CheckString(L, args, 2);
        ulong ld = (ulong)data.Length;
        ulong pos = unchecked((ulong)LuaArgs.OptInteger(L, args, 3, 1));
        if (pos == 0) throw RedisLibSupport.ArgError(L, 3, "offset must be 1 or greater");
        pos--;
        var h = new Header { Little = true, Align = 1 };
        var results = new List<LuaValue>();
        while (!fmt.AtEnd)
        {
            byte opt = fmt.Next();
            ulong size = OptSize(L, opt, ref fmt);
            pos += ToAlign(pos, h, opt, size);
            if (!(size <= ld && pos <= ld - size)) throw RedisLibSupport.ArgError(L, 2, "data string too short");
            // luaL_checkstack(L, 2, "too many results") over the arguments and the results so far.
            RedisLibSupport.CheckStack(L, args.Length + results.Count, 2, "too many results");
            var at = data.Span[(int)Math.Min(pos, ld)..];
            switch (opt)
            {
                case (byte)'b': case (byte)'B': case (byte)'h': case (byte)'H':
                case (byte)'l': case (byte)'L': case (byte)'T': case (byte)'i': case (byte)'I':
                    results.Add(new LuaValue(GetInteger(at, h.Little, char.IsAsciiLetterLower((char)opt), (int)size)));
                    break;
                case (byte)'x':
                    break;
                case (byte)'f':
                    results.Add(new LuaValue((double)(h.Little ? BinaryPrimitives.ReadSingleLittleEndian(at) : BinaryPrimitives.ReadSingleBigEndian(at))));
                    break;
                case (byte)'d':
                    results.Add(new LuaValue(h.Little ? BinaryPrimitives.ReadDoubleLittleEndian(at) : BinaryPrimitives.ReadDoubleBigEndian(at)));
                    break;
                case (byte)'c':
                    if (size == 0)
                    {
                        // c0: the length is the previous result (a number or numeric string), which is consumed.
                        if (results.Count == 0 || !LuaConvert.TryToNumber(results[^1], out double n))
                            throw RedisLibSupport.Error(L, "format 'c0' needs a previous size");
                        size = RedisLibSupport.DoubleToUInt64(n);
                        results.RemoveAt(results.Count - 1);
                        if (!(size <= ld && pos <= ld - size)) throw RedisLibSupport.ArgError(L, 2, "data string too short");
                    }
                    results.Add(new LuaValue(LuaString.From(at[..(int)size])));
                    break;
                case (byte)'s':
                    int e = at.IndexOf((byte)0);
                    if (e < 0) throw RedisLibSupport.Error(L, "unfinished string in data");
                    size = (ulong)e + 1;
                    results.Add(new LuaValue(LuaString.From(at[..e])));
                    break;
                default:
                    ControlOptions(L, opt, ref fmt, ref h);
                    break;
            }
            pos += size;
        }
        // lua_pushinteger of a size_t: the bits as a signed 64-bit integer.
        results.Add(new LuaValue((double)unchecked((long)(pos + 1))));
        return L.ReturnMany(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(results));
    }

    private static LuaValue Size(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var fmt = new Format(LuaArgs.CheckString(L, args, 1).Span);
        var h = new Header { Little = true, Align = 1 };
        ulong pos = 0;
        while (!fmt.AtEnd)
        {
            byte opt = fmt.Next();
            ulong size = OptSize(L, opt, ref fmt);
            pos += ToAlign(pos, h, opt, size);
            if (opt == 's') throw RedisLibSupport.ArgError(L, 1, "option 's' has no fixed size");
            if (opt == 'c' && size == 0) throw RedisLibSupport.ArgError(L, 1, "option 'c0' has no fixed size");
            // Unknown letters and digits are skipped here (size 0), as isalnum() lets them through in C.
            if (!char.IsAsciiLetterOrDigit((char)opt)) ControlOptions(L, opt, ref fmt, ref h);
            pos += size;
        }
        return L.Return1(new LuaValue((double)unchecked((long)pos)));
    }
}
