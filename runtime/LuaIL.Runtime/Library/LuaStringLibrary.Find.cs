namespace LuaIL.Runtime;

// find, match, gmatch and gsub: the functions built on the pattern matcher.
public static partial class LuaStringLibrary
{
    // Room for the captures and the first choice points of a match, on the .NET stack.
    private const int CaptureInts = 2 * LuaPatterns.MaxCaptures;
    private const int InitialChoiceInts = 128;

    private static LuaValue Find(LuaState L, ReadOnlySpan<LuaValue> args) => FindAux(L, args, find: true);

    private static LuaValue Match(LuaState L, ReadOnlySpan<LuaValue> args) => FindAux(L, args, find: false);

    /// <summary>5.1's <c>str_find_aux</c>.</summary>
    private static LuaValue FindAux(LuaState L, ReadOnlySpan<LuaValue> args, bool find)
    {
        var s = LuaArgs.CheckString(L, args, 1);
        var p = LuaArgs.CheckString(L, args, 2);
        long init = LuaArgs.OptInteger(L, args, 3, 1);
        return FindAux(L, s, p, init, plain: find && LuaArgs.Arg(args, 4).IsTruthy, find);
    }

    /// <summary><c>str_find_aux</c> after its argument checks, from the 1-based <paramref name="init"/>.</summary>
    private static LuaValue FindAux(LuaState L, LuaString s, LuaString p, long init, bool plain, bool find)
    {
        int l1 = s.Length;
        init = PosRelative(init, l1) - 1;
        if (init < 0) init = 0;
        else if (init > l1) init = l1;
        var cp = plain ? null : LuaPatterns.Compiled.Get(p, anchorAllowed: true);
        if (find && (cp is null || !cp.HasSpecials))
        {
            // Plain search: the whole pattern, zero bytes included (5.1's lmemfind).
            int at = s.Span[(int)init..].IndexOf(p.Span);
            if (at < 0) return L.Return1(default);
            int start = (int)init + at;
            return L.ReturnNumbers(start + 1, start + p.Length);
        }
        if (cp!.IsOneByte)
        {
            // Where the search for the item's bytes stops is the match: no matcher to set up.
            int at = cp.NextStart(s.Span, (int)init);
            if (at >= l1) return L.Return1(default);
            return find ? L.ReturnNumbers(at + 1, at + 1) : L.Return1(new LuaValue(Substring(s, at, 1)));
        }
        bool anchor = cp.Anchored;
        var ms = new LuaPatterns.Matcher(L, s.Span, cp, stackalloc int[CaptureInts], stackalloc int[InitialChoiceInts]);
        int s1 = (int)init;
        while (true)
        {
            if (cp.HasFirstItem && (s1 = cp.NextStart(s.Span, s1)) >= l1) break;
            int e = ms.Match(s1);
            if (e >= 0)
            {
                var r = find ? PushFindResults(L, ref ms, s, s1, e) : PushCaptures(L, ref ms, s, s1, e, wholeIfNone: true, extra: 0);
                ms.Dispose();
                return r;
            }
            s1 = ms.FailsThrough(s1);
            if (s1++ >= l1 || anchor) break;
        }
        ms.Dispose();
        return L.Return1(default);
    }

    private static LuaValue PushFindResults(LuaState L, ref LuaPatterns.Matcher ms, LuaString s, int start, int end)
    {
        if (ms.Level == 0) return L.ReturnNumbers(start + 1, end);
        return PushCaptures(L, ref ms, s, start, end, wholeIfNone: false, extra: 2);
    }

    /// <summary>
    /// 5.1's <c>push_captures</c> into the result buffer after <paramref name="extra"/> leading slots
    /// (find's start and end, filled here from <paramref name="start"/> and <paramref name="end"/>).
    /// </summary>
    private static LuaValue PushCaptures(LuaState L, ref LuaPatterns.Matcher ms, LuaString s, int start, int end, bool wholeIfNone, int extra)
    {
        int n = ms.Level == 0 && wholeIfNone ? 1 : ms.Level;
        if (n + extra == 1) return L.Return1(GetCapture(L, ref ms, 0, s, start, end));
        // Captures are read (and may raise) before the buffer is touched.
        var r = L.ReserveResults(n + extra);
        for (int i = 0; i < n; i++) r[extra + i] = GetCapture(L, ref ms, i, s, start, end);
        if (extra == 2)
        {
            r[0] = new LuaValue(start + 1);
            r[1] = new LuaValue(end);
        }
        L.NRet = n + extra;
        return r[0];
    }

    /// <summary>5.1's <c>push_onecapture</c>: capture <paramref name="i"/>, or the whole match [start, end) when the pattern has none.</summary>
    private static LuaValue GetCapture(LuaState L, ref LuaPatterns.Matcher ms, int i, LuaString? s, int start, int end)
    {
        if (i >= ms.Level)
        {
            if (i != 0) throw LuaErrors.Error(L, 1, "invalid capture index");
            return new LuaValue(s is not null ? Substring(s, start, end - start) : Substring(ms.Source, start, end - start));
        }
        var (init, len) = ms.Capture(i);
        if (len == LuaPatterns.Matcher.CapUnfinished) throw LuaErrors.Error(L, 1, "unfinished capture");
        if (len == LuaPatterns.Matcher.CapPosition) return new LuaValue(init + 1);
        return new LuaValue(s is not null ? Substring(s, init, len) : Substring(ms.Source, init, len));
    }

    private static LuaValue Gmatch(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var s = LuaArgs.CheckString(L, args, 1);
        var p = LuaArgs.CheckString(L, args, 2);
        return L.Return1(new LuaValue(new GmatchIterator(s, LuaPatterns.Compiled.Get(p, anchorAllowed: false))));
    }

    /// <summary>The iterator <c>gmatch</c> returns (5.1's <c>gmatch_aux</c> with its three upvalues).</summary>
    /// <remarks>5.1 does not treat <c>^</c> as an anchor here: it is matched literally.</remarks>
    private sealed class GmatchIterator(LuaString s, LuaPatterns.Compiled cp) : LuaFunction
    {
        private int _position;

        public override string Name => "?";

        // The generic for calls it with two arguments, which it ignores: no argument window to build.
        public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b) => Step(L);

        public override LuaValue Invoke(LuaState L) => Step(L);

        public override LuaValue Invoke(LuaState L, LuaValue a) => Step(L);

        public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b, LuaValue c) => Step(L);

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => Step(L);

        private LuaValue Step(LuaState L)
        {
            var ms = new LuaPatterns.Matcher(L, s.Span, cp, stackalloc int[CaptureInts], stackalloc int[InitialChoiceInts]);
            for (int src = _position; src <= s.Length; src++)
            {
                if (cp.HasFirstItem && (src = cp.NextStart(s.Span, src)) >= s.Length) break;
                int e = cp.IsOneByte ? src + 1 : ms.Match(src);
                if (e >= 0)
                {
                    // An empty match moves on one position, so the same empty match is not found again.
                    _position = e == src ? e + 1 : e;
                    var r = PushCaptures(L, ref ms, s, src, e, wholeIfNone: true, extra: 0);
                    ms.Dispose();
                    return r;
                }
                src = ms.FailsThrough(src);
            }
            ms.Dispose();
            return L.Return0();
        }
    }

    /// <summary>5.1's <c>str_gsub</c>.</summary>
    private static LuaValue Gsub(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var src = LuaArgs.CheckString(L, args, 1);
        var p = LuaArgs.CheckString(L, args, 2);
        var repl = LuaArgs.Arg(args, 3);
        int maxS = LuaArgs.OptInt(L, args, 4, src.Length + 1);
        var tr = args.Length >= 3 ? repl.Type : LuaType.Nil;
        if (tr is not (LuaType.Number or LuaType.String or LuaType.Function or LuaType.Table))
            throw LuaArgs.ArgError(L, 3, "string/function/table expected");
        // A number replacement is used as its string (lua_tolstring), converted once.
        var replString = LuaConvert.ToLuaString(repl);

        var cp = LuaPatterns.Compiled.Get(p, anchorAllowed: true);
        // No byte the first item accepts: no match anywhere, and the subject comes back as it is
        // (json escapes every string it writes, and most have nothing to escape).
        if (cp.HasFirstItem && cp.NextStart(src.Span, 0) >= src.Length) return L.Return2(new LuaValue(src), new LuaValue(0));
        bool anchor = cp.Anchored;
        var ms = new LuaPatterns.Matcher(L, src.Span, cp, stackalloc int[CaptureInts], stackalloc int[InitialChoiceInts]);
        var b = new LuaByteBuffer(stackalloc byte[256]);
        int s = 0, n = 0;
        var text = src.Span;
        while (n < maxS)
        {
            if (cp.HasFirstItem)
            {
                // Positions the first item rejects are copied as they are, in one piece.
                int next = cp.NextStart(text, s);
                b.Add(text[s..next]);
                s = next;
                if (s >= text.Length) break;
            }
            int e = cp.IsOneByte ? s + 1 : ms.Match(s);
            if (e >= 0)
            {
                n++;
                if (replString is not null) AddString(L, ref b, ref ms, replString, src, s, e);
                else AddValue(L, ref b, ref ms, repl, src, s, e);
            }
            if (e >= 0 && e > s) s = e;
            else if (s < text.Length)
            {
                int next = (e < 0 ? ms.FailsThrough(s) : s) + 1;
                b.Add(text[s..next]);
                s = next;
            }
            else break;
            if (anchor) break;
        }
        b.Add(text[s..]);
        var result = b.Length == text.Length && n == 0 ? src : b.ToLuaString();
        b.Dispose();
        ms.Dispose();
        return L.Return2(new LuaValue(result), new LuaValue(n));
    }

    /// <summary>5.1's <c>add_s</c>: the replacement string with <c>%0</c>..<c>%9</c> and <c>%x</c> escapes.</summary>
    private static void AddString(LuaState L, ref LuaByteBuffer b, ref LuaPatterns.Matcher ms, LuaString repl, LuaString src, int s, int e)
    {
        var news = repl.Span;
        for (int i = 0; i < news.Length; i++)
        {
            byte c = news[i];
            if (c != '%')
            {
                b.Add(c);
                continue;
            }
            i++;
            // A '%' that ends the replacement escapes the string's terminating zero, which 5.1 then copies.
            byte d = i < news.Length ? news[i] : (byte)0;
            if (!LuaPatterns.IsDigit(d)) b.Add(d);
            else if (d == '0') b.Add(src.Span[s..e]);
            else AddCapture(L, ref b, ref ms, d - '1', src, s, e);
        }
    }

    /// <summary>Appends capture <paramref name="i"/> as <see cref="GetCapture"/> would produce it, without making a string of it.</summary>
    private static void AddCapture(LuaState L, ref LuaByteBuffer b, ref LuaPatterns.Matcher ms, int i, LuaString src, int s, int e)
    {
        if (i < ms.Level)
        {
            var (init, len) = ms.Capture(i);
            if (len >= 0)
            {
                b.Add(src.Span.Slice(init, len));
                return;
            }
        }
        // Position captures, the whole match and the errors take the general path.
        var v = GetCapture(L, ref ms, i, src, s, e);
        if (v.Obj is LuaString cs) b.Add(cs.Span);
        else b.Add(LuaConvert.NumberToLuaString(v.Num).Span);
    }

    /// <summary>5.1's <c>add_value</c> for a table or function replacement.</summary>
    private static void AddValue(LuaState L, ref LuaByteBuffer b, ref LuaPatterns.Matcher ms, LuaValue repl, LuaString src, int s, int e)
    {
        LuaValue v;
        int depth = L.Depth;
        if (repl.Obj is LuaTable t)
        {
            var key = GetCapture(L, ref ms, 0, src, s, e);
            v = t.RawGet(key);
            if (v.IsNil && t.Metatable is not null)
            {
                L.EnterNative(GsubFn);
                v = LuaOps.Index(L, repl, key, null, 0);
                L.Depth = depth;
            }
        }
        else
        {
            var f = (LuaFunction)repl.Obj!;
            int n = ms.Level == 0 ? 1 : ms.Level;
            int top = L.Top;
            var stack = L.Reserve(n);
            for (int i = 0; i < n; i++) stack[top + i] = GetCapture(L, ref ms, i, src, s, e);
            L.Top = top + n;
            L.EnterNative(GsubFn);
            var r = f.Invoke(L, new ReadOnlySpan<LuaValue>(L.Stack, top, n));
            L.Depth = depth;
            L.Top = top;
            v = L.NRet == 0 ? default : r;
        }
        if (!v.IsTruthy) b.Add(src.Span[s..e]);
        else if (v.Obj is LuaString vs) b.Add(vs.Span);
        else if (v.IsNumber) b.Add(LuaConvert.NumberToLuaString(v.Num).Span);
        else throw LuaErrors.Error(L, 1, $"invalid replacement value (a {v.TypeName})");
    }
}
