using System.Buffers;
using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

public static partial class LuaPatterns
{
    /// <summary>5.1's <c>MatchState</c> and <c>match</c>, with the recursion turned into an explicit stack of choice points.</summary>
    /// <remarks>
    /// 5.1 recurses in C for captures and for every <c>?</c>, <c>*</c>, <c>+</c>, <c>-</c> item, one
    /// level per pattern item, and a successful inner match is returned unchanged by every outer
    /// level. So each recursive call is a choice point: what to undo (a capture) or what to try
    /// next (one repetition fewer, one more, or skipping the optional item) when everything after
    /// it fails. Keeping them on a heap stack explores the same alternatives in the same order,
    /// raises the same errors at the same moments, and never grows the .NET stack however long
    /// the pattern (lua5.1 matches <c>("a?"):rep(50000)</c> on its C stack; so do we, on the heap).
    /// Single-character repetition loops over the subject as 5.1's max_expand/min_expand do.
    /// Invariants: captures [0, <see cref="Level"/>) are open or closed; a capture length of
    /// <see cref="CapUnfinished"/> means open, <see cref="CapPosition"/> a position capture.
    /// </remarks>
    public ref struct Matcher
    {
        public const int CapUnfinished = -1;
        public const int CapPosition = -2;

        // Choice points, four ints each: kind and up to three operands.
        private const int UndoStart = 0;    // ()
        private const int UndoEnd = 1;      // (capture index)
        private const int Optional = 2;     // (s, p): retry without the optional item
        private const int MaxExpand = 3;    // (first, current, ep): retry with one repetition fewer
        private const int MinExpand = 4;    // (s, p, ep): retry with one repetition more

        private readonly LuaState _L;
        private readonly ReadOnlySpan<byte> _src;
        private readonly ReadOnlySpan<byte> _pat;
        private readonly int[] _itemEnd;
        private readonly int[] _restItem;
        private readonly ulong[] _bits;
        private readonly int _runItem;
        private readonly Span<int> _capInit;
        private readonly Span<int> _capLen;
        private Span<int> _stack;
        private int[]? _rented;
        private int _sp;

        /// <summary>Number of captures started (<c>ms->level</c>).</summary>
        public int Level;

        /// <param name="L">The state errors are raised in (with the position of the calling Lua code, as <c>luaL_error</c>).</param>
        /// <param name="src">The whole subject.</param>
        /// <param name="pattern">The pattern (its <see cref="Compiled.Body"/> is matched: after any anchor, cut at its first zero byte).</param>
        /// <param name="captures">Room for 2 * <see cref="MaxCaptures"/> ints.</param>
        /// <param name="stack">The initial choice-point stack (grows into pooled arrays).</param>
        public Matcher(LuaState L, ReadOnlySpan<byte> src, Compiled pattern, Span<int> captures, Span<int> stack)
        {
            _L = L;
            _src = src;
            _pat = pattern.Body;
            _itemEnd = pattern.ItemEnd;
            _restItem = pattern.RestItem;
            _bits = pattern.Bits;
            _runItem = pattern.RunItem;
            _runEnd = -1;
            _capInit = captures[..MaxCaptures];
            _capLen = captures.Slice(MaxCaptures, MaxCaptures);
            _stack = stack;
            _rented = null;
            _sp = 0;
            Level = 0;
        }

        public readonly ReadOnlySpan<byte> Source => _src;

        /// <summary>The start and length (or <see cref="CapPosition"/>) of capture <paramref name="i"/>.</summary>
        public readonly (int Init, int Len) Capture(int i) => (_capInit[i], _capLen[i]);

        // Where the run of the pattern's RunItem ended in the last Match, or -1.
        private int _runEnd;

        /// <summary>After <see cref="Match"/> failed at <paramref name="s"/>: the last start position known to fail as well (see <see cref="Compiled.RunItem"/>).</summary>
        public readonly int FailsThrough(int s) => _runEnd > s ? _runEnd - 1 : s;

        /// <summary>Tries to match the pattern at subject offset <paramref name="s"/>; the end offset of the match, or -1.</summary>
        public int Match(int s)
        {
            Level = 0;
            _sp = 0;
            _runEnd = -1;
            var src = _src;
            var pat = _pat;
            int p = 0;
            while (true)
            {
                if (p == pat.Length) return Succeed(s);
                byte pc = pat[p];
                if (pc == '(')
                {
                    if (p + 1 < pat.Length && pat[p + 1] == ')')
                    {
                        StartCapture(s, CapPosition);
                        p += 2;
                    }
                    else
                    {
                        StartCapture(s, CapUnfinished);
                        p++;
                    }
                    continue;
                }
                if (pc == ')')
                {
                    int l = CaptureToClose();
                    _capLen[l] = s - _capInit[l];
                    Push(UndoEnd, l, 0, 0);
                    p++;
                    continue;
                }
                if (pc == '$' && p + 1 == pat.Length)
                {
                    if (s == src.Length) return Succeed(s);
                    goto Fail;
                }
                if (pc == '%' && p + 1 < pat.Length)
                {
                    byte next = pat[p + 1];
                    if (next == 'b')
                    {
                        s = MatchBalance(s, p + 2);
                        if (s < 0) goto Fail;
                        p += 4;
                        continue;
                    }
                    if (next == 'f')
                    {
                        p += 2;
                        if (p >= pat.Length || pat[p] != '[') throw LuaErrors.Error(_L, 1, "missing '[' after '%f' in pattern");
                        int fe = ClassEnd(p);
                        int previous = s == 0 ? 0 : src[s - 1];
                        int current = s < src.Length ? src[s] : 0;
                        if (MatchBracketClass(previous, p, fe - 1) || !MatchBracketClass(current, p, fe - 1)) goto Fail;
                        p = fe;
                        continue;
                    }
                    if (IsDigit(next))
                    {
                        s = MatchCapture(s, next);
                        if (s < 0) goto Fail;
                        p += 2;
                        continue;
                    }
                }
                // A single-character item, possibly followed by a quantifier.
                int ep = ClassEnd(p);
                bool m = s < src.Length && SingleMatch(src[s], p);
                switch (ep < pat.Length ? pat[ep] : 0)
                {
                    case (byte)'?':
                        if (m) Push(Optional, s, ep + 1, 0);
                        if (m) s++;
                        p = ep + 1;
                        continue;
                    case (byte)'+':
                        if (!m) goto Fail;
                        s = StartMaxExpand(s + 1, p, ep);
                        p = ep + 1;
                        continue;
                    case (byte)'*':
                        s = StartMaxExpand(s, p, ep);
                        p = ep + 1;
                        continue;
                    case (byte)'-':
                        Push(MinExpand, s, p, ep);
                        p = ep + 1;
                        continue;
                    default:
                        if (!m) goto Fail;
                        s++;
                        p = ep;
                        continue;
                }
            Fail:
                // Unwind to the most recent choice point that still has an alternative.
                while (true)
                {
                    if (_sp == 0) return -1;
                    int k = _sp - 4;
                    var st = _stack;
                    switch (st[k])
                    {
                        case UndoStart:
                            Level--;
                            _sp = k;
                            continue;
                        case UndoEnd:
                            _capLen[st[k + 1]] = CapUnfinished;
                            _sp = k;
                            continue;
                        case Optional:
                            s = st[k + 1];
                            p = st[k + 2];
                            _sp = k;
                            break;
                        case MaxExpand:
                        {
                            int cur = st[k + 2], lo = st[k + 1], qep = st[k + 3];
                            int q = _restItem[qep];
                            bool exhausted = false;
                            do
                            {
                                if (cur == lo)
                                {
                                    exhausted = true;
                                    break;
                                }
                                cur--;
                            } while (q != 0 && !SingleMatch(src[cur], q));
                            if (exhausted)
                            {
                                _sp = k;
                                continue;
                            }
                            st[k + 2] = s = cur;
                            p = qep + 1;
                            break;
                        }
                        default: // MinExpand
                        {
                            int ms = st[k + 1], mp = st[k + 2], mep = st[k + 3];
                            if (ms < src.Length && SingleMatch(src[ms], mp))
                            {
                                st[k + 1] = s = ms + 1;
                                p = mep + 1;
                                break;
                            }
                            _sp = k;
                            continue;
                        }
                    }
                    break;
                }
            }
        }

        private int Succeed(int s)
        {
            _sp = 0;
            return s;
        }

        /// <summary>Counts the repetitions of the item at [p, ep) from <paramref name="s"/>, records the choice point, and returns where the longest run ends.</summary>
        private int StartMaxExpand(int s, int p, int ep)
        {
            int i = 0;
            var src = _src;
            if (_pat[p] == '.' && ep == p + 1) i = src.Length - s;
            else
            {
                var set = _bits.AsSpan(4 * p, 4);
                while (s + i < src.Length)
                {
                    int c = src[s + i];
                    if ((set[c >> 6] & (1UL << c)) == 0) break;
                    i++;
                }
            }
            Push(MaxExpand, s, s + i, ep);
            if (p == _runItem) _runEnd = s + i;
            return s + i;
        }

        private void StartCapture(int s, int what)
        {
            int level = Level;
            if (level >= MaxCaptures) throw LuaErrors.Error(_L, 1, "too many captures");
            _capInit[level] = s;
            _capLen[level] = what;
            Level = level + 1;
            Push(UndoStart, 0, 0, 0);
        }

        private readonly int CaptureToClose()
        {
            for (int level = Level - 1; level >= 0; level--)
                if (_capLen[level] == CapUnfinished) return level;
            throw LuaErrors.Error(_L, 1, "invalid pattern capture");
        }

        private readonly int MatchCapture(int s, int digit)
        {
            int l = digit - '1';
            if (l < 0 || l >= Level || _capLen[l] == CapUnfinished) throw LuaErrors.Error(_L, 1, "invalid capture index");
            int len = _capLen[l];
            // A position capture has no text; 5.1 compares its length as a huge size_t and fails.
            if (len < 0 || _src.Length - s < len) return -1;
            return _src.Slice(_capInit[l], len).SequenceEqual(_src.Slice(s, len)) ? s + len : -1;
        }

        private readonly int MatchBalance(int s, int p)
        {
            if (p + 1 >= _pat.Length) throw LuaErrors.Error(_L, 1, "unbalanced pattern");
            var src = _src;
            if (s >= src.Length || src[s] != _pat[p]) return -1;
            byte b = _pat[p], e = _pat[p + 1];
            int cont = 1;
            while (++s < src.Length)
            {
                byte c = src[s];
                if (c == e)
                {
                    if (--cont == 0) return s + 1;
                }
                else if (c == b) cont++;
            }
            return -1;
        }

        /// <summary><c>classEnd</c>: the index just past the single-character item starting at <paramref name="p"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly int ClassEnd(int p)
        {
            int e = _itemEnd[p];
            return e != 0 ? e : MalformedItem(p);
        }

        /// <summary>
        /// <c>classEnd</c> read from the text, for an item the compiled form has no entry for: the
        /// pattern is malformed there, and this raises 5.1's error.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private readonly int MalformedItem(int p)
        {
            var pat = _pat;
            byte c = pat[p++];
            if (c == '%')
            {
                if (p >= pat.Length) throw LuaErrors.Error(_L, 1, "malformed pattern (ends with '%')");
                return p + 1;
            }
            if (c == '[')
            {
                if (p < pat.Length && pat[p] == '^') p++;
                // The first ']' (after an optional '^') is a member, not the end: scan before testing.
                do
                {
                    if (p >= pat.Length) throw LuaErrors.Error(_L, 1, "malformed pattern (missing ']')");
                    if (pat[p++] == '%' && p < pat.Length) p++;
                } while (p >= pat.Length || pat[p] != ']');
                return p + 1;
            }
            return p;
        }

        /// <summary><c>singlematch</c> of the item at <paramref name="p"/>, through its byte set.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly bool SingleMatch(int c, int p) => (_bits[4 * p + (c >> 6)] & (1UL << c)) != 0;

        private readonly bool MatchBracketClass(int c, int p, int ec) => LuaPatterns.MatchBracketClass(_pat, c, p, ec);

        private void Push(int kind, int a, int b, int c)
        {
            if (_sp + 4 > _stack.Length) GrowStack();
            var st = _stack;
            st[_sp] = kind;
            st[_sp + 1] = a;
            st[_sp + 2] = b;
            st[_sp + 3] = c;
            _sp += 4;
        }

        private void GrowStack()
        {
            var bigger = ArrayPool<int>.Shared.Rent(Math.Max(64, _stack.Length * 2));
            _stack[.._sp].CopyTo(bigger);
            if (_rented is not null) ArrayPool<int>.Shared.Return(_rented);
            _rented = bigger;
            _stack = bigger;
        }

        /// <summary>Returns a grown choice-point stack to the pool.</summary>
        public void Dispose()
        {
            if (_rented is not null) ArrayPool<int>.Shared.Return(_rented);
            _rented = null;
        }
    }

    /// <summary><c>matchbracketclass</c>: the set runs from '[' at <paramref name="p"/> to ']' at <paramref name="ec"/>.</summary>
    private static bool MatchBracketClass(ReadOnlySpan<byte> pat, int c, int p, int ec)
    {
        bool sig = true;
        if (pat[p + 1] == '^')
        {
            sig = false;
            p++;
        }
        while (++p < ec)
        {
            if (pat[p] == '%')
            {
                p++;
                if (MatchClass(c, pat[p])) return sig;
            }
            else if (pat[p + 1] == '-' && p + 2 < ec)
            {
                p += 2;
                if (pat[p - 2] <= c && c <= pat[p]) return sig;
            }
            else if (pat[p] == c) return sig;
        }
        return !sig;
    }
}
