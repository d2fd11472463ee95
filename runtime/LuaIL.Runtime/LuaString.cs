using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace LuaIL.Runtime;

/// <summary>An immutable Lua string: a byte sequence (binary-safe, embedded zeros allowed) with a cached hash.</summary>
/// <remarks>
/// Invariants: the bytes never change after construction. Up to <see cref="InlineCapacity"/> bytes
/// live inside the object itself (<c>_array</c> is null), so a short string is one allocation and
/// comparing it touches one object; longer ones keep an array the string owns. <see cref="LuaHash"/>
/// is Lua 5.1's <c>luaS_hash</c> of the bytes, so table layouts (and thus <c>pairs</c> order) match
/// PUC-Rio Lua. .NET strings appear only at the host boundary, through an explicit encoding:
/// <see cref="From(string)"/> is UTF-8, <see cref="FromLatin1"/> maps each char 0..255 to one byte.
/// </remarks>
public sealed class LuaString : IEquatable<LuaString>, IComparable<LuaString>
{
    /// <summary>The longest string kept inside the object: k-mers, keys, numbers and words all fit.</summary>
    public const int InlineCapacity = 24;

    public static readonly LuaString Empty = new([]);

    private readonly byte[]? _array;
    private readonly int _length;
    // LuaHash, or HashPending for a long string whose hash nobody has asked for yet: strings
    // built by concatenation, gsub or format are rarely table keys, and 5.1's hash of a long
    // string is a serial chain of up to 32 steps. A string whose real hash equals HashPending
    // recomputes it on every request, which is only slower.
    private int _hash;
    private const int HashPending = unchecked((int)0xA5A5A5A5);
    private InlineBytes _inline;

    [InlineArray(InlineCapacity)]
    private struct InlineBytes
    {
        private byte _first;
    }

    /// <summary>A string of these bytes; the string owns <paramref name="bytes"/> from now on (short ones are copied inside).</summary>
    public LuaString(byte[] bytes)
    {
        _length = bytes.Length;
        if (bytes.Length <= InlineCapacity)
        {
            _hash = ComputeHash(bytes);
            bytes.CopyTo(_inline);
        }
        else
        {
            _hash = HashPending;
            _array = bytes;
        }
    }

    private LuaString(ReadOnlySpan<byte> shortBytes)
    {
        _length = shortBytes.Length;
        _hash = ComputeHash(shortBytes);
        shortBytes.CopyTo(_inline);
    }

    public ReadOnlySpan<byte> Span
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var a = _array;
            if (a is not null) return a;
            return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<InlineBytes, byte>(ref Unsafe.AsRef(in _inline)), _length);
        }
    }

    /// <summary>Copies the bytes to the start of <paramref name="dst"/> (which must hold them) and returns the rest of it.</summary>
    /// <remarks>
    /// With room to spare, a short string's whole inline buffer goes over in two fixed moves instead
    /// of a variable-length copy; the bytes it writes past the string's end belong to what follows
    /// and are written again by it. table.concat copies every piece this way.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Span<byte> AppendTo(Span<byte> dst)
    {
        int n = _length;
        if (_array is null && dst.Length >= InlineCapacity)
        {
            Unsafe.WriteUnaligned(ref MemoryMarshal.GetReference(dst), _inline);
            return dst[n..];
        }
        Span.CopyTo(dst);
        return dst[n..];
    }

    /// <summary>The bytes as an array: the string's own for long strings (never mutate it), a copy for short ones.</summary>
    public byte[] Bytes => _array ?? Span.ToArray();

    public int Length => _length;

    public byte this[int index] => Span[index];

    /// <summary>Lua 5.1's string hash (<c>lstring.c</c>), as an unsigned value stored in an int.</summary>
    public int LuaHash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int h = _hash;
            return h != HashPending ? h : ComputePendingHash();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ComputePendingHash()
    {
        // Every thread computes the same value, so a racing write is harmless.
        int h = ComputeHash(Span);
        _hash = h;
        return h;
    }

    public static LuaString From(string s) => s.Length == 0 ? Empty : new LuaString(Encoding.UTF8.GetBytes(s));

    /// <summary>A string with a copy of <paramref name="s"/>.</summary>
    public static LuaString From(ReadOnlySpan<byte> s)
    {
        if (s.Length == 0) return Empty;
        return s.Length <= InlineCapacity ? new LuaString(s) : new LuaString(s.ToArray());
    }

    /// <summary>A string of the bytes [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="src"/>.</summary>
    /// <remarks>
    /// A short slice with 24 readable bytes from its start is copied as one fixed-size move
    /// (the bytes past its end are never read as part of the string): string.sub and captures
    /// of short pieces of a long subject, such as fasta's k-mers.
    /// </remarks>
    internal static LuaString FromSlice(ReadOnlySpan<byte> src, int start, int length)
    {
        if (length > 0 && length <= InlineCapacity && start >= 0 && start <= src.Length - InlineCapacity)
        {
            var wide = Unsafe.ReadUnaligned<InlineBytes>(ref Unsafe.Add(ref MemoryMarshal.GetReference(src), start));
            return new LuaString(wide, src.Slice(start, length));
        }
        return From(src.Slice(start, length));
    }

    private LuaString(InlineBytes wide, ReadOnlySpan<byte> shortBytes)
    {
        _length = shortBytes.Length;
        _hash = ComputeHash(shortBytes);
        _inline = wide;
    }

    /// <summary>Builds a string from a .NET string whose chars are all 0..255, one byte each.</summary>
    /// <remarks>Generated code stores string constants this way: <c>ldstr</c> holds UTF-16, and Latin-1 round-trips every byte.</remarks>
    public static LuaString FromLatin1(string s)
    {
        if (s.Length == 0) return Empty;
        if (s.Length <= InlineCapacity)
        {
            Span<byte> b = stackalloc byte[InlineCapacity];
            for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
            return new LuaString(b[..s.Length]);
        }
        var array = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) array[i] = (byte)s[i];
        return new LuaString(array);
    }

    // Names shared by compiled constants and the libraries: one object each, so that a lookup of
    // `t.name` or a global finds its key by reference instead of comparing bytes. Bounded, so that
    // hosts loading many scripts do not grow it without end.
    private const int MaxInterned = 1 << 14;
    private const int MaxInternedLength = 40;
    private static readonly Dictionary<string, LuaString> s_interned = new(StringComparer.Ordinal);

    /// <summary><see cref="FromLatin1"/>, but short names give the same object every time (string constants, library names).</summary>
    public static LuaString Intern(string latin1)
    {
        if (latin1.Length > MaxInternedLength) return FromLatin1(latin1);
        lock (s_interned)
        {
            if (s_interned.TryGetValue(latin1, out var s)) return s;
            s = FromLatin1(latin1);
            if (s_interned.Count < MaxInterned) s_interned.Add(latin1, s);
            return s;
        }
    }

    /// <summary>The bytes as Latin-1 chars (lossless), the inverse of <see cref="FromLatin1"/>.</summary>
    public string ToLatin1() => Encoding.Latin1.GetString(Span);

    /// <summary>The bytes decoded as UTF-8, for hosts and diagnostics.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Span);

    public static int ComputeHash(ReadOnlySpan<byte> s)
    {
        uint h = (uint)s.Length;
        int step = (s.Length >> 5) + 1;
        // l1 - 1 stays in [0, Length): the loop needs no bounds checks.
        ref byte first = ref MemoryMarshal.GetReference(s);
        for (int l1 = s.Length; l1 >= step; l1 -= step)
            h ^= (h << 5) + (h >> 2) + Unsafe.Add(ref first, l1 - 1);
        return (int)h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(LuaString? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._length != _length) return false;
        int h = _hash, oh = other._hash;
        if (h != oh && h != HashPending && oh != HashPending) return false;
        return Span.SequenceEqual(other.Span);
    }

    public override bool Equals(object? obj) => obj is LuaString s && Equals(s);
    public override int GetHashCode() => LuaHash;

    /// <summary>Byte-wise order, which is what <c>strcoll</c> gives in the C locale Lua runs in.</summary>
    public int CompareTo(LuaString? other) => other is null ? 1 : Span.SequenceCompareTo(other.Span);

    /// <summary><c>a &lt; b</c> as 5.1's <c>l_strcmp</c> orders strings in the C locale: bytes, unsigned, a prefix first.</summary>
    /// <remarks>Keys being sorted usually differ in their first byte, which then decides without a call to the vectorized compare.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Less(LuaString a, LuaString b)
    {
        var x = a.Span;
        var y = b.Span;
        if (x.Length > 0 && y.Length > 0 && x[0] != y[0]) return x[0] < y[0];
        return x.SequenceCompareTo(y) < 0;
    }

    public static LuaString Concat(LuaString a, LuaString b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        long total = (long)a.Length + b.Length;
        if (total <= InlineCapacity)
        {
            Span<byte> r = stackalloc byte[InlineCapacity];
            a.Span.CopyTo(r);
            b.Span.CopyTo(r[a.Length..]);
            return new LuaString(r[..(int)total]);
        }
        if (total > Array.MaxLength) throw new LuaException("not enough memory");
        var array = new byte[total];
        a.Span.CopyTo(array);
        b.Span.CopyTo(array.AsSpan(a.Length));
        return new LuaString(array);
    }
}
