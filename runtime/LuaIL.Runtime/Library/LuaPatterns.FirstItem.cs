namespace LuaIL.Runtime;

public static partial class LuaPatterns
{
    /// <summary>
    /// The first item of an unanchored pattern when it must match one byte (a literal, a
    /// <c>%</c> class or a <c>[set]</c>, after any opening captures, with no <c>*</c>, <c>?</c>
    /// or <c>-</c>): find, match, gmatch and gsub skip the start positions whose byte it rejects
    /// instead of running the matcher there.
    /// </summary>
    /// <remarks>
    /// At a skipped position 5.1's matcher fails on that first item before it reads anything
    /// after it, so skipping changes neither results nor errors. A first item that is malformed,
    /// or anything else (<c>%b</c>, <c>%f</c>, back-references, <c>.</c>, <c>$</c>), gives no
    /// filter: every position is tried, and the matcher raises its error as before.
    /// </remarks>
    public readonly ref struct FirstItem
    {
        private const int None = 0, Literal = 1, Class = 2, Set = 3;

        private readonly ReadOnlySpan<byte> _pat;
        private readonly int _kind;
        private readonly int _p;
        private readonly int _ep;

        private FirstItem(ReadOnlySpan<byte> pat, int kind, int p, int ep)
        {
            _pat = pat;
            _kind = kind;
            _p = p;
            _ep = ep;
        }

        /// <summary>True when the filter applies: every match starts at a byte that <see cref="Next"/> finds.</summary>
        public bool NeedsByte => _kind != None;

        /// <param name="pattern">The pattern without its anchor, already cut at its first zero byte.</param>
        public static FirstItem Of(ReadOnlySpan<byte> pattern)
        {
            int p = 0;
            // Opening captures consume nothing (a position capture "()" is left alone).
            while (p < pattern.Length && pattern[p] == '(' && p < 4 && (p + 1 >= pattern.Length || pattern[p + 1] != ')')) p++;
            if (p >= pattern.Length) return default;
            int kind, ep;
            switch (pattern[p])
            {
                case (byte)'%':
                    if (p + 1 >= pattern.Length) return default;
                    byte cl = pattern[p + 1];
                    if (cl == 'b' || cl == 'f' || IsDigit(cl)) return default;
                    kind = Class;
                    ep = p + 2;
                    break;
                case (byte)'[':
                    ep = SetEnd(pattern, p + 1);
                    if (ep < 0) return default;
                    kind = Set;
                    break;
                case (byte)'.' or (byte)'(' or (byte)')':
                    return default;
                case (byte)'$' when p + 1 == pattern.Length:
                    return default;
                default:
                    kind = Literal;
                    ep = p + 1;
                    break;
            }
            if (ep < pattern.Length && pattern[ep] is (byte)'*' or (byte)'?' or (byte)'-') return default;
            return new FirstItem(pattern, kind, p, ep);
        }

        /// <summary>The first position from <paramref name="s"/> whose byte the item accepts, or the subject's length.</summary>
        public int Next(ReadOnlySpan<byte> src, int s)
        {
            switch (_kind)
            {
                case Literal:
                {
                    int i = src[s..].IndexOf(_pat[_p]);
                    return i < 0 ? src.Length : s + i;
                }
                case Class:
                {
                    byte cl = _pat[_p + 1];
                    while (s < src.Length && !MatchClass(src[s], cl)) s++;
                    return s;
                }
                case Set:
                    while (s < src.Length && !MatchBracketClass(_pat, src[s], _p, _ep - 1)) s++;
                    return s;
                default:
                    return s;
            }
        }

        /// <summary>5.1's <c>classEnd</c> for a set whose '[' is just before <paramref name="p"/>; -1 when malformed.</summary>
        private static int SetEnd(ReadOnlySpan<byte> pat, int p)
        {
            if (p < pat.Length && pat[p] == '^') p++;
            do
            {
                if (p >= pat.Length) return -1;
                if (pat[p++] == '%')
                {
                    if (p >= pat.Length) return -1;
                    p++;
                }
            } while (p >= pat.Length || pat[p] != ']');
            return p + 1;
        }
    }
}
