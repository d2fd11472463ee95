using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace LuaIL.Runtime.Redis;

/// <summary>lua-cmsgpack 0.4.0 (<c>cmsgpack</c>) as Redis 7.0 embeds it: MessagePack pack/unpack with its exact type choices.</summary>
/// <remarks>
/// Packing: a number that an <c>int64_t</c> holds exactly is the smallest integer encoding
/// (fixint, <c>cc..cf</c>, <c>d0..d3</c>); other numbers are float32 (<c>ca</c>) when the float
/// converts back to the same double, else float64 (<c>cb</c>). Strings are fixstr/<c>d9</c>/<c>da</c>/<c>db</c>
/// (never bin). A table whose keys are exactly 1..n is an array (the empty table too), any other
/// a map in <c>next()</c> order. Tables nested 16 deep, functions, nil and userdata pack as nil.
/// Unpacking reads the 0.4.0 subset (no bin, ext, fixext) and pushes <c>uint64</c> through
/// <c>lua_pushinteger</c>, so values of 2^63 and above come back negative.
/// </remarks>
public static partial class CMsgPackLibrary
{
    private const int MaxNesting = 16;

    /// <summary>Creates the <c>cmsgpack</c> table in <see cref="LuaState.Globals"/>.</summary>
    public static void Open(LuaState L)
    {
        var t = new LuaTable();
        LuaStandardLibrary.Register(t, "pack", Pack);
        LuaStandardLibrary.Register(t, "unpack", Unpack);
        LuaStandardLibrary.Register(t, "unpack_one", UnpackOne);
        LuaStandardLibrary.Register(t, "unpack_limit", UnpackLimit);
        RedisLibSupport.SetField(t, "_NAME", LuaValue.String("cmsgpack"));
        RedisLibSupport.SetField(t, "_VERSION", LuaValue.String("lua-cmsgpack 0.4.0"));
        RedisLibSupport.SetField(t, "_COPYRIGHT", LuaValue.String("Copyright (C) 2012, Salvatore Sanfilippo"));
        RedisLibSupport.SetField(t, "_DESCRIPTION", LuaValue.String("MessagePack C implementation for Lua"));
        L.Globals.RawSet(LuaString.Intern("cmsgpack"), new LuaValue(t));
    }

    private static LuaValue Pack(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (args.Length == 0) throw RedisLibSupport.ArgError(L, 0, "MessagePack pack needs input.");
        // lua_checkstack(L, nargs) on top of the nargs arguments.
        if (args.Length * 2 > RedisLibSupport.MaxCStack) throw RedisLibSupport.ArgError(L, 0, "Too many arguments for MessagePack pack.");
        var buf = new RedisLibBuffer();
        foreach (var v in args) EncodeValue(buf, v, 0);
        return L.Return1(new LuaValue(buf.ToLuaString()));
    }

    /// <summary>Packs the values as <c>cmsgpack.pack(...)</c> does (for hosts and tests).</summary>
    public static LuaString Pack(params ReadOnlySpan<LuaValue> values)
    {
        var buf = new RedisLibBuffer();
        foreach (var v in values) EncodeValue(buf, v, 0);
        return buf.ToLuaString();
    }

    // mp_encode_lua_type.
    private static void EncodeValue(RedisLibBuffer buf, LuaValue v, int level)
    {
        switch (v.Obj)
        {
            case LuaString s:
                EncodeBytes(buf, s.Span);
                return;
            case LuaTable t when level != MaxNesting:
                if (IsArray(t)) EncodeArray(buf, t, level);
                else EncodeMap(buf, t, level);
                return;
        }
        if (v.IsNumber) EncodeNumber(buf, v.Num);
        else if (v.IsBoolean) buf.Append(v.IsTruthy ? (byte)0xc3 : (byte)0xc2);
        else buf.Append(0xc0);
    }

    private static void EncodeBytes(RedisLibBuffer buf, ReadOnlySpan<byte> s)
    {
        int len = s.Length;
        Span<byte> hdr = stackalloc byte[5];
        if (len < 32)
        {
            buf.Append((byte)(0xa0 | len));
        }
        else if (len <= 0xff)
        {
            buf.Append(0xd9);
            buf.Append((byte)len);
        }
        else if (len <= 0xffff)
        {
            hdr[0] = 0xda;
            BinaryPrimitives.WriteUInt16BigEndian(hdr[1..], (ushort)len);
            buf.Append(hdr[..3]);
        }
        else
        {
            hdr[0] = 0xdb;
            BinaryPrimitives.WriteUInt32BigEndian(hdr[1..], (uint)len);
            buf.Append(hdr);
        }
        buf.Append(s);
    }

    // mp_encode_lua_number: integral when (int64_t)n == n (NaN and out-of-range convert to INT64_MIN and fail, except -2^63 itself).
    private static void EncodeNumber(RedisLibBuffer buf, double n)
    {
        long i = RedisLibSupport.DoubleToInt64(n);
        if (!double.IsInfinity(n) && i == n) EncodeInt(buf, i);
        else EncodeDouble(buf, n);
    }

    private static void EncodeDouble(RedisLibBuffer buf, double d)
    {
        Span<byte> b = stackalloc byte[9];
        float f = (float)d;
        if (d == f)
        {
            b[0] = 0xca;
            BinaryPrimitives.WriteSingleBigEndian(b[1..], f);
            buf.Append(b[..5]);
        }
        else
        {
            b[0] = 0xcb;
            BinaryPrimitives.WriteDoubleBigEndian(b[1..], d);
            buf.Append(b);
        }
    }

    private static void EncodeInt(RedisLibBuffer buf, long n)
    {
        Span<byte> b = stackalloc byte[9];
        int len;
        if (n >= 0)
        {
            if (n <= 127) { b[0] = (byte)n; len = 1; }
            else if (n <= 0xff) { b[0] = 0xcc; b[1] = (byte)n; len = 2; }
            else if (n <= 0xffff) { b[0] = 0xcd; BinaryPrimitives.WriteUInt16BigEndian(b[1..], (ushort)n); len = 3; }
            else if (n <= 0xffffffffL) { b[0] = 0xce; BinaryPrimitives.WriteUInt32BigEndian(b[1..], (uint)n); len = 5; }
            else { b[0] = 0xcf; BinaryPrimitives.WriteUInt64BigEndian(b[1..], (ulong)n); len = 9; }
        }
        else
        {
            if (n >= -32) { b[0] = (byte)(sbyte)n; len = 1; }
            else if (n >= -128) { b[0] = 0xd0; b[1] = (byte)(sbyte)n; len = 2; }
            else if (n >= -32768) { b[0] = 0xd1; BinaryPrimitives.WriteInt16BigEndian(b[1..], (short)n); len = 3; }
            else if (n >= -2147483648L) { b[0] = 0xd2; BinaryPrimitives.WriteInt32BigEndian(b[1..], (int)n); len = 5; }
            else { b[0] = 0xd3; BinaryPrimitives.WriteInt64BigEndian(b[1..], n); len = 9; }
        }
        buf.Append(b[..len]);
    }

    // table_is_an_array: every key a number n > 0 with (int)n == n, and the largest equal to the count.
    private static bool IsArray(LuaTable t)
    {
        int count = 0, max = 0;
        var key = LuaValue.Nil;
        while (t.Next(ref key, out _))
        {
            double n = key.Num;
            if (!key.IsNumber || n <= 0 || double.IsInfinity(n) || RedisLibSupport.DoubleToInt32(n) != n) return false;
            if (n > max) max = (int)n;
            count++;
        }
        return max == count;
    }

    private static void EncodeArray(RedisLibBuffer buf, LuaTable t, int level)
    {
        // lua_objlen: with keys exactly 1..count, the border is count.
        int len = t.Length;
        EncodeHeader(buf, len, 0x90, 0xdc, 0xdd);
        for (int j = 1; j <= len; j++) EncodeValue(buf, t.RawGet(j), level + 1);
    }

    private static void EncodeMap(RedisLibBuffer buf, LuaTable t, int level)
    {
        int len = 0;
        var key = LuaValue.Nil;
        while (t.Next(ref key, out _)) len++;
        EncodeHeader(buf, len, 0x80, 0xde, 0xdf);
        key = LuaValue.Nil;
        while (t.Next(ref key, out var value))
        {
            EncodeValue(buf, key, level + 1);
            EncodeValue(buf, value, level + 1);
        }
    }

    private static void EncodeHeader(RedisLibBuffer buf, int n, byte fix, byte code16, byte code32)
    {
        Span<byte> b = stackalloc byte[5];
        if (n <= 15)
        {
            buf.Append((byte)(fix | n));
            return;
        }
        if (n <= 65535)
        {
            b[0] = code16;
            BinaryPrimitives.WriteUInt16BigEndian(b[1..], (ushort)n);
            buf.Append(b[..3]);
            return;
        }
        b[0] = code32;
        BinaryPrimitives.WriteUInt32BigEndian(b[1..], (uint)n);
        buf.Append(b);
    }

    private static LuaValue Unpack(LuaState L, ReadOnlySpan<LuaValue> args) => UnpackFull(L, args, args.Length, 0, 0);

    private static LuaValue UnpackOne(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        long offset = LuaArgs.OptInteger(L, args, 2, 0);
        // The C code pops everything but the string, so only one argument slot stays in use.
        return UnpackFull(L, args, 1, 1, offset);
    }

    private static LuaValue UnpackLimit(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        long limit = LuaArgs.CheckInteger(L, args, 2);
        long offset = LuaArgs.OptInteger(L, args, 3, 0);
        return UnpackFull(L, args, 1, limit, offset);
    }

    private static LuaValue UnpackFull(LuaState L, ReadOnlySpan<LuaValue> args, int slotsInUse, long limit, long offset)
    {
        bool decodeAll = limit == 0 && offset == 0;
        var s = LuaArgs.CheckString(L, args, 1);
        long len = s.Length;
        // Both messages print (int) casts; the first prints the length where it says "limit" (a 0.4.0 bug).
        if (offset < 0 || limit < 0)
            throw RedisLibSupport.Error(L, $"Invalid request to unpack with offset of {(int)offset} and limit of {(int)len}.");
        if (offset > len)
            throw RedisLibSupport.Error(L, $"Start offset {(int)offset} greater than input length {(int)len}.");
        if (decodeAll) limit = int.MaxValue;
        var c = new Cursor(L, s.Bytes, (int)offset);
        var results = new List<LuaValue>();
        for (long count = 0; c.Left > 0 && count < limit; count++)
        {
            results.Add(c.Decode(slotsInUse + results.Count));
            if (c.Err == CursorError.Eof) throw RedisLibSupport.Error(L, "Missing bytes in input.");
            if (c.Err == CursorError.BadFormat) throw RedisLibSupport.Error(L, "Bad data format in input.");
        }
        if (!decodeAll)
        {
            // The next offset to read from, or -1 once the input is used up.
            results.Insert(0, new LuaValue(c.Left == 0 ? -1 : (double)(len - c.Left)));
        }
        return L.ReturnMany(CollectionsMarshal.AsSpan(results));
    }
}
