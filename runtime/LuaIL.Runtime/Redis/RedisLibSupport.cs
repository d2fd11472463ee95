using System.Runtime.CompilerServices;

namespace LuaIL.Runtime.Redis;

/// <summary>What the C libraries Redis embeds get from the Lua C API and from x86-64 C, reproduced for their C# ports.</summary>
/// <remarks>
/// Messages are built as Latin-1, so a byte such as the one in <c>invalid format option '%c'</c>
/// reaches the script unchanged. <see cref="MaxCStack"/> is 5.1's <c>LUAI_MAXCSTACK</c>: the
/// libraries call <c>lua_checkstack</c> while recursing, and the depth where that fails is visible
/// (as an error text) to scripts that raise the configured nesting limits.
/// </remarks>
internal static class RedisLibSupport
{
    /// <summary>5.1's <c>LUAI_MAXCSTACK</c>: a C function may hold at most this many stack slots.</summary>
    public const int MaxCStack = 8000;

    /// <summary><c>luaL_error</c> from a library function: the calling Lua code's position, then the message.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaException Error(LuaState L, string latin1Message)
        => new(new LuaValue(LuaString.FromLatin1(L.Where(1) + latin1Message)));

    /// <summary><c>luaL_argerror</c> with a Latin-1 message (the wording of <see cref="LuaArgs.ArgError"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LuaException ArgError(LuaState L, int arg, string latin1Message)
    {
        var site = L.CallerSite();
        string name = site.Name ?? "?";
        if (site.Kind == "method")
        {
            arg--;
            if (arg == 0) return Error(L, $"calling '{name}' on bad self ({latin1Message})");
        }
        return Error(L, $"bad argument #{arg} to '{name}' ({latin1Message})");
    }

    /// <summary><c>luaL_checkstack</c>: fails when <paramref name="used"/> + <paramref name="space"/> slots exceed 5.1's C stack limit.</summary>
    public static void CheckStack(LuaState L, int used, int space, string what)
    {
        if (used + space > MaxCStack) throw Error(L, $"stack overflow ({what})");
    }

    /// <summary>Guards the recursive encoders and decoders: 5.1 recurses in C with megabytes of stack, a .NET thread may have less.</summary>
    public static void EnsureStack(LuaState L)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error(L, "stack overflow");
    }

    /// <summary><c>lua_tonumber</c>: numbers and numeric strings, 0 for anything else.</summary>
    public static double ToNumber(LuaValue v) => LuaConvert.TryToNumber(v, out double d) ? d : 0;

    /// <summary>x86-64 <c>(int)d</c> (cvttsd2si): truncation, 0x80000000 for NaN and out-of-range values.</summary>
    public static int DoubleToInt32(double d) => d > -2147483649.0 && d < 2147483648.0 ? (int)d : int.MinValue;

    /// <summary>x86-64 <c>(int64_t)d</c> (cvttsd2si): truncation, 0x8000000000000000 for NaN and out-of-range values.</summary>
    public static long DoubleToInt64(double d) => LuaArgs.NumberToInteger(d);

    /// <summary>gcc's x86-64 <c>(uint64_t)d</c>: below 2^63 (and NaN) a signed conversion; otherwise d-2^63 converted with the top bit flipped (so 2^64 and above give 0).</summary>
    /// <remarks>.NET 9+ saturates instead, so the C sequence is spelled out.</remarks>
    public static ulong DoubleToUInt64(double d)
    {
        const double TwoPow63 = 9223372036854775808.0;
        if (!(d >= TwoPow63)) return unchecked((ulong)DoubleToInt64(d));
        return unchecked((ulong)DoubleToInt64(d - TwoPow63)) ^ 0x8000_0000_0000_0000UL;
    }

    /// <summary>Stores <paramref name="value"/> in <paramref name="table"/> under an ASCII name.</summary>
    public static void SetField(LuaTable table, string name, LuaValue value) => table.RawSet(LuaString.Intern(name), value);
}

/// <summary>A growable byte buffer (the role of <c>luaL_Buffer</c>, <c>strbuf_t</c> and <c>mp_buf</c>).</summary>
internal sealed class RedisLibBuffer(int capacity = 64)
{
    private byte[] _buffer = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public void Clear() => Length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte b)
    {
        if (Length == _buffer.Length) Grow(1);
        _buffer[Length++] = b;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _buffer.Length) Grow(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends a string of chars 0..255, one byte each.</summary>
    public void AppendLatin1(string s)
    {
        if (Length + s.Length > _buffer.Length) Grow(s.Length);
        foreach (char c in s) _buffer[Length++] = (byte)c;
    }

    public void AppendZeros(int count)
    {
        if (Length + count > _buffer.Length) Grow(count);
        _buffer.AsSpan(Length, count).Clear();
        Length += count;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public LuaString ToLuaString() => Length == 0 ? LuaString.Empty : new LuaString(_buffer.AsSpan(0, Length).ToArray());

    private void Grow(int extra)
    {
        long size = Math.Max((long)_buffer.Length * 2, (long)Length + extra);
        if (size > Array.MaxLength) size = Math.Max(Array.MaxLength, Length + extra);
        Array.Resize(ref _buffer, checked((int)size));
    }
}
