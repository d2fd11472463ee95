namespace LuaIL.Runtime;

/// <summary>Lua 5.1 patterns over bytes (<c>lstrlib.c</c>): character classes in the C locale, and the matcher in <see cref="Matcher"/>.</summary>
/// <remarks>
/// A pattern is read as 5.1 reads it, as a C string: it ends at its first zero byte, and every
/// read past its end sees <c>'\0'</c>. The subject is read the same way (5.1 strings carry a
/// terminating zero), which is what <c>%f</c> sees at the end of the subject.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // stack buffers are written before they are read: zeroing them (up to 1 KB a call) is waste
public static partial class LuaPatterns
{
    /// <summary>5.1's <c>LUA_MAXCAPTURES</c>.</summary>
    public const int MaxCaptures = 32;

    /// <summary>The pattern as 5.1 sees it: up to its first zero byte.</summary>
    public static ReadOnlySpan<byte> Truncate(ReadOnlySpan<byte> pattern)
    {
        int z = pattern.IndexOf((byte)0);
        return z >= 0 ? pattern[..z] : pattern;
    }

    // <ctype.h> in the C locale, one bit per class; bytes 128..255 belong to no class.
    private const byte Alpha = 1, Digit = 2, Lower = 4, Upper = 8, Space = 16, Punct = 32, Cntrl = 64, XDigit = 128;

    private static readonly byte[] CType = BuildCType();

    private static byte[] BuildCType()
    {
        var t = new byte[256];
        for (int c = 0; c < 128; c++)
        {
            byte f = 0;
            if (c is >= 'a' and <= 'z') f |= Alpha | Lower;
            if (c is >= 'A' and <= 'Z') f |= Alpha | Upper;
            if (c is >= '0' and <= '9') f |= Digit | XDigit;
            if (c is >= 'a' and <= 'f' or >= 'A' and <= 'F') f |= XDigit;
            if (c is ' ' or >= '\t' and <= '\r') f |= Space;
            if (c < 32 || c == 127) f |= Cntrl;
            if (c is > 32 and < 127 && (f & (Alpha | Digit)) == 0) f |= Punct;
            t[c] = f;
        }
        return t;
    }

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    internal static bool IsLowerAscii(int c) => (uint)(c - 'a') <= 'z' - 'a';

    /// <summary><c>match_class</c>: does byte <paramref name="c"/> belong to class letter <paramref name="cl"/> (<c>%a</c>, <c>%A</c>, … <c>%z</c>); any other letter stands for itself.</summary>
    public static bool MatchClass(int c, int cl)
    {
        int flags = CType[c];
        bool res;
        // cl | 0x20 is tolower for letters and maps no other byte onto a letter.
        switch (cl | 0x20)
        {
            case 'a': res = (flags & Alpha) != 0; break;
            case 'c': res = (flags & Cntrl) != 0; break;
            case 'd': res = (flags & Digit) != 0; break;
            case 'l': res = (flags & Lower) != 0; break;
            case 'p': res = (flags & Punct) != 0; break;
            case 's': res = (flags & Space) != 0; break;
            case 'u': res = (flags & Upper) != 0; break;
            case 'w': res = (flags & (Alpha | Digit)) != 0; break;
            case 'x': res = (flags & XDigit) != 0; break;
            case 'z': res = c == 0; break; // 5.1 only: %z is the zero byte
            default: return cl == c;
        }
        return IsLowerAscii(cl) ? res : !res;
    }
}
