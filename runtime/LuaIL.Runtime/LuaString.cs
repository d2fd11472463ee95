using System.Runtime.CompilerServices;
using System.Text;

namespace LuaIL.Runtime;

/// <summary>An immutable Lua string: a byte sequence (binary-safe, embedded zeros allowed) with a cached hash.</summary>
/// <remarks>
/// Invariants: <see cref="Bytes"/> is never mutated after construction; <see cref="LuaHash"/> is
/// Lua 5.1's <c>luaS_hash</c> of the bytes, so table layouts (and thus <c>pairs</c> order) match
/// PUC-Rio Lua. .NET strings appear only at the host boundary, through an explicit encoding:
/// <see cref="From(string)"/> is UTF-8, <see cref="FromLatin1"/> maps each char 0..255 to one byte.
/// </remarks>
public sealed class LuaString : IEquatable<LuaString>, IComparable<LuaString>
{
    public static readonly LuaString Empty = new([]);

    private readonly byte[] _bytes;
    private readonly int _hash;

    public LuaString(byte[] bytes)
    {
        _bytes = bytes;
        _hash = ComputeHash(bytes);
    }

    public ReadOnlySpan<byte> Span => _bytes;
    public byte[] Bytes => _bytes;
    public int Length => _bytes.Length;
    public byte this[int index] => _bytes[index];

    /// <summary>Lua 5.1's string hash (<c>lstring.c</c>), as an unsigned value stored in an int.</summary>
    public int LuaHash => _hash;

    public static LuaString From(string s) => s.Length == 0 ? Empty : new LuaString(Encoding.UTF8.GetBytes(s));
    public static LuaString From(ReadOnlySpan<byte> s) => s.Length == 0 ? Empty : new LuaString(s.ToArray());

    /// <summary>Builds a string from a .NET string whose chars are all 0..255, one byte each.</summary>
    /// <remarks>Generated code stores string constants this way: <c>ldstr</c> holds UTF-16, and Latin-1 round-trips every byte.</remarks>
    public static LuaString FromLatin1(string s)
    {
        if (s.Length == 0) return Empty;
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return new LuaString(b);
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
    public string ToLatin1()
    {
        return string.Create(_bytes.Length, _bytes, static (span, b) =>
        {
            for (int i = 0; i < b.Length; i++) span[i] = (char)b[i];
        });
    }

    /// <summary>The bytes decoded as UTF-8, for hosts and diagnostics.</summary>
    public override string ToString() => Encoding.UTF8.GetString(_bytes);

    public static int ComputeHash(ReadOnlySpan<byte> s)
    {
        uint l = (uint)s.Length;
        uint h = l;
        int step = (s.Length >> 5) + 1;
        for (int l1 = s.Length; l1 >= step; l1 -= step)
            h ^= (h << 5) + (h >> 2) + s[l1 - 1];
        return (int)h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(LuaString? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._hash != _hash) return false;
        return _bytes.AsSpan().SequenceEqual(other._bytes);
    }

    public override bool Equals(object? obj) => obj is LuaString s && Equals(s);
    public override int GetHashCode() => _hash;

    /// <summary>Byte-wise order, which is what <c>strcoll</c> gives in the C locale Lua runs in.</summary>
    public int CompareTo(LuaString? other) => other is null ? 1 : _bytes.AsSpan().SequenceCompareTo(other._bytes);

    public static LuaString Concat(LuaString a, LuaString b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        var r = new byte[a.Length + b.Length];
        a._bytes.CopyTo(r, 0);
        b._bytes.CopyTo(r, a.Length);
        return new LuaString(r);
    }
}
