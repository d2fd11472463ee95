using System.Buffers;
using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

/// <summary>A growable byte buffer for building library results (5.1's <c>luaL_Buffer</c>): starts on a caller-provided span, grows into pooled arrays.</summary>
/// <remarks>
/// Invariants: bytes [0, <see cref="Length"/>) of the current span are the content; when the
/// content outgrew the initial span it lives in <c>_rented</c>, an array from
/// <see cref="ArrayPool{T}.Shared"/> (thread-safe, so states on different threads may build at
/// once). <see cref="Dispose"/> returns it; a buffer abandoned by an exception just leaves the
/// array to the GC, which the pool tolerates.
/// </remarks>
internal ref struct LuaByteBuffer
{
    private Span<byte> _span;
    private byte[]? _rented;
    private int _length;

    public LuaByteBuffer(Span<byte> initial)
    {
        _span = initial;
        _rented = null;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<byte> Written => _span[.._length];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte b)
    {
        if (_length == _span.Length) Grow(1);
        _span[_length++] = b;
    }

    public void Add(char c) => Add((byte)c);

    public void Add(scoped ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _span.Length) Grow(bytes.Length);
        bytes.CopyTo(_span[_length..]);
        _length += bytes.Length;
    }

    /// <summary>Appends ASCII text (each char one byte).</summary>
    public void AddAscii(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _span.Length) Grow(text.Length);
        var dst = _span[_length..];
        for (int i = 0; i < text.Length; i++) dst[i] = (byte)text[i];
        _length += text.Length;
    }

    public void AddRepeated(byte b, int count)
    {
        if (count <= 0) return;
        if (_length + count > _span.Length) Grow(count);
        _span.Slice(_length, count).Fill(b);
        _length += count;
    }

    /// <summary>Drops everything after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _length = length;

    private void Grow(int extra)
    {
        long needed = (long)_length + extra;
        // Lua strings are .NET arrays here: past Array.MaxLength the host would fail, so Lua gets its memory error.
        if (needed > Array.MaxLength) throw new LuaException("not enough memory");
        int size = (int)Math.Min(Math.Max(needed, (long)_span.Length * 2), Array.MaxLength);
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _span[.._length].CopyTo(bigger);
        if (_rented is not null) ArrayPool<byte>.Shared.Return(_rented);
        _rented = bigger;
        _span = bigger;
    }

    /// <summary>The content as a new Lua string.</summary>
    public readonly LuaString ToLuaString() => LuaString.From(_span[.._length]);

    public void Dispose()
    {
        if (_rented is not null) ArrayPool<byte>.Shared.Return(_rented);
        _rented = null;
        _span = default;
        _length = 0;
    }
}
