using System.Buffers;

namespace LuaIL.Runtime;

public static partial class LuaPatterns
{
    /// <summary>
    /// A pattern read once for many matches: where each single-character item ends and the
    /// 256 bytes it accepts, and the bytes a match can start with. Immutable, so states on any thread
    /// share it through a small cache keyed by the pattern string.
    /// </summary>
    /// <remarks>
    /// The items are found by walking the pattern as the matcher does, from the left, so every
    /// position the matcher can reach as an item start is known. The walk stops at the first
    /// malformed item (a missing ']', a trailing '%', an unbalanced <c>%b</c>): the matcher cannot
    /// get past that point without raising its error there, and it raises it as before because
    /// such a position has no entry. The byte sets are built from the items as
    /// <see cref="MatchClass"/> and <see cref="MatchBracketClass"/> read them (a set is the union
    /// of its members, complemented after '^').
    /// Measured on the suite's <c>string_ops</c> (gmatch <c>"(%d+)|(%a+)"</c> over log lines): the
    /// class dispatch per subject byte and the per-call setup were a fifth of the script's time.
    /// </remarks>
    public sealed class Compiled
    {
        private const int CacheSize = 256;
        // Longer patterns are compiled for the call but not kept: their sets take 32 bytes a pattern byte.
        private const int MaxCachedLength = 256;
        private static readonly Compiled?[] Cache = new Compiled?[CacheSize];

        private readonly LuaString _source;
        private readonly bool _anchorAllowed;

        /// <summary>The pattern as the matcher sees it: cut at its first zero byte, without the anchor.</summary>
        public readonly byte[] Body;

        /// <summary>The pattern starts with '^' (and anchors are honoured: not for gmatch).</summary>
        public readonly bool Anchored;

        /// <summary>The pattern has one of 5.1's <c>SPECIALS</c>, so <c>find</c> cannot search it as plain text.</summary>
        public readonly bool HasSpecials;

        // ItemEnd[p]: classEnd of the single-character item at p, or 0 where none was read.
        internal readonly int[] ItemEnd;
        // RestItem[ep], for an item with '*' or '+' at ep: the item that must then consume a byte
        // (only captures in between, and no '*', '?' or '-' on it), or 0. The matcher backs off a
        // repetition only to where that item accepts the next byte: anywhere else the rest of
        // the pattern fails on it before reading further, with no error to raise.
        internal readonly int[] RestItem;
        // Bits[4 * p ..]: the 256-bit set of bytes the item at p accepts.
        internal readonly ulong[] Bits;

        // The first item when it is a '*' or '+' repetition of one byte set (after opening
        // captures only) in a pattern without back-references, else -1. When a match from s
        // fails, the run of that set from s ended at some e; a start between s and e repeats
        // the same run to e and tries the rest of the pattern at a subset of the positions s
        // tried, and the rest's outcome depends on the position alone (no back-reference reads
        // a capture's text): so those starts fail too, and raise nothing s did not.
        internal readonly int RunItem;

        // The first item when every match starts with a byte it accepts (FirstItemStart), else -1;
        // and its one byte when it is a literal (searched by IndexOf).
        private readonly int _first;
        private readonly int _firstLiteral;
        // Built on the second use only: SearchValues.Create costs microseconds, more than a pattern built once is worth.
        private SearchValues<byte>? _firstBytes;

        private Compiled(LuaString source, bool anchorAllowed)
        {
            _source = source;
            _anchorAllowed = anchorAllowed;
            var pat = Truncate(source.Span);
            HasSpecials = pat.IndexOfAny("^$*+?.([%-"u8) >= 0;
            Anchored = anchorAllowed && pat.Length > 0 && pat[0] == '^';
            if (Anchored) pat = pat[1..];
            Body = pat.ToArray();
            ItemEnd = new int[Body.Length];
            Bits = new ulong[4 * Body.Length];
            RestItem = new int[Body.Length];
            ReadItems();
            FindRestItems();
            _first = Anchored ? -1 : FirstItemStart(Body);
            if (_first >= 0 && ItemEnd[_first] == 0) _first = -1;
            _firstLiteral = _first >= 0 && ItemEnd[_first] == _first + 1 && Body[_first] != '.' ? Body[_first] : -1;
            RunItem = Anchored ? -1 : FirstRunItem();
        }

        private int FirstRunItem()
        {
            var pat = Body;
            int p = 0;
            while (p < pat.Length && pat[p] == '(' && (p + 1 >= pat.Length || pat[p + 1] != ')')) p++;
            if (p >= pat.Length || ItemEnd[p] == 0) return -1;
            int ep = ItemEnd[p];
            if (ep >= pat.Length || pat[ep] is not ((byte)'*' or (byte)'+')) return -1;
            // Any '%' before a digit counts as a back-reference (a set's "%1" too): a few patterns lose the skip, none gains it wrongly.
            for (int i = 0; i + 1 < pat.Length; i++)
                if (pat[i] == '%' && IsDigit(pat[i + 1])) return -1;
            return p;
        }

        /// <summary>The compiled form of <paramref name="pattern"/>, from the cache when it was seen lately.</summary>
        /// <param name="anchorAllowed">Whether a leading '^' anchors the match (find, match, gsub) or is a literal (gmatch).</param>
        public static Compiled Get(LuaString pattern, bool anchorAllowed)
        {
            int slot = (pattern.LuaHash ^ (anchorAllowed ? 0 : 0x55)) & (CacheSize - 1);
            var c = Cache[slot];
            if (c is not null && c._anchorAllowed == anchorAllowed && (ReferenceEquals(c._source, pattern) || c._source.Equals(pattern)))
            {
                if (c._firstBytes is null && c._first >= 0 && c._firstLiteral < 0) c._firstBytes = c.FirstByteSet();
                return c;
            }
            c = new Compiled(pattern, anchorAllowed);
            if (pattern.Length <= MaxCachedLength) Cache[slot] = c;
            return c;
        }

        /// <summary>Does the item at <paramref name="p"/> (an item start with an entry) accept byte <paramref name="c"/>.</summary>
        internal bool Accepts(int p, int c) => (Bits[4 * p + (c >> 6)] & (1UL << c)) != 0;

        /// <summary>True when a match can start only at a byte the first item accepts (<see cref="NextStart"/> finds them).</summary>
        public bool HasFirstItem => _first >= 0;

        /// <summary>
        /// The pattern is one single-byte item, no quantifier, no capture (<c>"[^ \t\r\n]"</c>, <c>"%s"</c>, <c>"|"</c>):
        /// where <see cref="NextStart"/> stops is a match of one byte, and the matcher need not run.
        /// </summary>
        public bool IsOneByte => _first == 0 && ItemEnd[0] == Body.Length;

        /// <summary>The first position from <paramref name="s"/> whose byte the first item accepts, or the subject's length.</summary>
        public int NextStart(ReadOnlySpan<byte> text, int s)
        {
            var rest = text[s..];
            // A scanner's pattern usually accepts the very next byte (json's "[^ \t\r\n]" after
            // a token): one bit test instead of setting up a vector search.
            if (rest.Length > 0 && Accepts(_first, rest[0])) return s;
            int i;
            if (_firstLiteral >= 0) i = rest.IndexOf((byte)_firstLiteral);
            else if (_firstBytes is { } set) i = rest.IndexOfAny(set);
            else
            {
                var bits = Bits.AsSpan(4 * _first, 4);
                i = 0;
                while (i < rest.Length && (bits[rest[i] >> 6] & (1UL << rest[i])) == 0) i++;
                if (i == rest.Length) i = -1;
            }
            return i < 0 ? text.Length : s + i;
        }

        private void ReadItems()
        {
            var pat = Body;
            int p = 0;
            // Which captures are open at a pattern position does not depend on the subject, so
            // 'too many captures' and 'invalid pattern capture' stop the walk as malformed items do.
            int level = 0, open = 0;
            while (p < pat.Length)
            {
                byte pc = pat[p];
                if (pc == '(')
                {
                    if (level++ >= MaxCaptures) return;
                    bool position = p + 1 < pat.Length && pat[p + 1] == ')';
                    if (!position) open++;
                    p += position ? 2 : 1;
                    continue;
                }
                if (pc == ')')
                {
                    if (open-- == 0) return;
                    p++;
                    continue;
                }
                if (pc == '$' && p + 1 == pat.Length) return;
                if (pc == '%' && p + 1 < pat.Length)
                {
                    byte next = pat[p + 1];
                    if (next == 'b')
                    {
                        if (p + 3 >= pat.Length) return;
                        p += 4;
                        continue;
                    }
                    if (next == 'f')
                    {
                        p += 2;
                        if (p >= pat.Length || pat[p] != '[') return;
                        int fe = ItemEndAt(pat, p);
                        if (fe < 0) return;
                        p = fe;
                        continue;
                    }
                    if (IsDigit(next))
                    {
                        p += 2;
                        continue;
                    }
                }
                int ep = ItemEndAt(pat, p);
                if (ep < 0) return;
                AddItem(p, ep);
                p = ep < pat.Length && pat[ep] is (byte)'?' or (byte)'+' or (byte)'*' or (byte)'-' ? ep + 1 : ep;
            }
        }

        private void FindRestItems()
        {
            var pat = Body;
            for (int p = 0; p < pat.Length; p++)
            {
                int ep = ItemEnd[p];
                if (ep == 0 || ep >= pat.Length || pat[ep] is not ((byte)'*' or (byte)'+')) continue;
                int q = ep + 1;
                while (q < pat.Length && pat[q] is (byte)'(' or (byte)')') q++;
                if (q >= pat.Length || ItemEnd[q] == 0) continue;
                int qe = ItemEnd[q];
                if (qe < pat.Length && pat[qe] is (byte)'*' or (byte)'?' or (byte)'-') continue;
                RestItem[ep] = q;
            }
        }

        private void AddItem(int p, int ep)
        {
            ItemEnd[p] = ep;
            var set = Bits.AsSpan(4 * p, 4);
            var pat = Body;
            switch (pat[p])
            {
                case (byte)'.':
                    set.Fill(ulong.MaxValue);
                    break;
                case (byte)'%':
                    AddClass(set, pat[p + 1]);
                    break;
                case (byte)'[':
                    AddBracketClass(set, pat, p, ep - 1);
                    break;
                default:
                    set[pat[p] >> 6] = 1UL << pat[p];
                    break;
            }
        }

        /// <summary>The set <see cref="MatchBracketClass"/> tests, member by member: a union of classes, ranges and bytes, complemented after '^'.</summary>
        private static void AddBracketClass(Span<ulong> set, ReadOnlySpan<byte> pat, int p, int ec)
        {
            bool complement = pat[p + 1] == '^';
            if (complement) p++;
            while (++p < ec)
            {
                if (pat[p] == '%')
                {
                    p++;
                    AddClass(set, pat[p]);
                }
                else if (pat[p + 1] == '-' && p + 2 < ec)
                {
                    p += 2;
                    for (int c = pat[p - 2]; c <= pat[p]; c++) set[c >> 6] |= 1UL << c;
                }
                else set[pat[p] >> 6] |= 1UL << pat[p];
            }
            if (complement)
            {
                for (int i = 0; i < 4; i++) set[i] = ~set[i];
            }
        }

        /// <summary>Adds the bytes <see cref="MatchClass"/> accepts for class letter <paramref name="cl"/> (any other byte stands for itself).</summary>
        private static void AddClass(Span<ulong> set, byte cl)
        {
            if (!char.IsAsciiLetter((char)cl))
            {
                set[cl >> 6] |= 1UL << cl;
                return;
            }
            var cls = ClassSets.AsSpan(4 * cl, 4);
            for (int i = 0; i < 4; i++) set[i] |= cls[i];
        }

        // The byte set of every class letter, as MatchClass decides it.
        private static readonly ulong[] ClassSets = BuildClassSets();

        private static ulong[] BuildClassSets()
        {
            var t = new ulong[4 * 256];
            for (int cl = 0; cl < 256; cl++)
            {
                if (!char.IsAsciiLetter((char)cl)) continue;
                for (int c = 0; c < 256; c++)
                    if (MatchClass(c, cl)) t[4 * cl + (c >> 6)] |= 1UL << c;
            }
            return t;
        }

        private SearchValues<byte> FirstByteSet()
        {
            int p = _first;
            Span<byte> members = stackalloc byte[256];
            int n = 0;
            for (int c = 0; c < 256; c++)
                if (Accepts(p, c)) members[n++] = (byte)c;
            return SearchValues.Create(members[..n]);
        }

        /// <summary>5.1's <c>classEnd</c>, or -1 where it raises an error.</summary>
        private static int ItemEndAt(ReadOnlySpan<byte> pat, int p)
        {
            byte c = pat[p++];
            if (c == '%') return p >= pat.Length ? -1 : p + 1;
            if (c == '[') return SetEnd(pat, p);
            return p;
        }
    }

}
