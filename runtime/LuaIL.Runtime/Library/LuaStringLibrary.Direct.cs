using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// string.byte, sub, find and match called with strings and whole positions: answered in the
// fixed-arity entries, without packing the arguments into a span and calling through a delegate.
public static partial class LuaStringLibrary
{
    /// <summary>The position a number names when it is one <c>luaL_checkinteger</c> reads exactly; false for anything else (a numeric string, a fraction, NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool WholePosition(LuaValue v, out int pos)
    {
        if (v.IsNumber)
        {
            double d = v.Num;
            pos = LuaTable.Truncate(d);
            return pos == d;
        }
        pos = 0;
        return false;
    }

    /// <summary><c>string.byte(s, i)</c> for a string and a position inside it; every other call takes the general path.</summary>
    /// <remarks>
    /// json's parser and string_ops' hash ask for one byte at a time. 5.1 clamps a position before
    /// the start to 1 and then finds the range empty, so only positions inside the string return
    /// a value; the rest (and the messages of bad arguments) stay with <see cref="Byte"/>.
    /// </remarks>
    private sealed class ByteFunction() : LuaFunction
    {
        private static readonly LuaNativeFunction.Body General = Byte;

        public override string Name => "byte";

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => General(L, args);

        public override LuaValue Invoke(LuaState L, LuaValue a)
        {
            if (a.Obj is LuaString s && s.Length > 0) return L.Return1(new LuaValue(s.Span[0]));
            return General(L, new ReadOnlySpan<LuaValue>(in a));
        }

        public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b)
        {
            if (a.Obj is LuaString s && WholePosition(b, out int i))
            {
                var span = s.Span;
                if (i < 0) i += span.Length + 1;
                if ((uint)(i - 1) < (uint)span.Length) return L.Return1(new LuaValue(span[i - 1]));
            }
            return base.Invoke(L, a, b);
        }
    }

    /// <summary><c>string.sub(s, i [, j])</c> for a string and whole positions; other calls take the general path.</summary>
    private sealed class SubFunction() : LuaFunction
    {
        private static readonly LuaNativeFunction.Body General = Sub;

        public override string Name => "sub";

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => General(L, args);

        public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b)
        {
            if (a.Obj is LuaString s && WholePosition(b, out int i)) return L.Return1(new LuaValue(SubRange(s, i, -1)));
            return base.Invoke(L, a, b);
        }

        public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b, LuaValue c)
        {
            if (a.Obj is LuaString s && WholePosition(b, out int i) && WholePosition(c, out int j))
                return L.Return1(new LuaValue(SubRange(s, i, j)));
            return base.Invoke(L, a, b, c);
        }
    }

    /// <summary><c>string.find</c> or <c>string.match</c> of a string and a pattern from an optional whole position; other calls take the general path.</summary>
    /// <remarks>json's scanner calls <c>find(s, "[^ \t\r\n]", pos)</c> between every two tokens.</remarks>
    private sealed class FindFunction(bool find) : LuaFunction
    {
        private readonly LuaNativeFunction.Body _general = find ? Find : Match;

        public override string Name => find ? "find" : "match";

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => _general(L, args);

        public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b)
        {
            if (a.Obj is LuaString s && b.Obj is LuaString p) return FindAux(L, s, p, 1, plain: false, find);
            return base.Invoke(L, a, b);
        }

        public override LuaValue Invoke(LuaState L, LuaValue a, LuaValue b, LuaValue c)
        {
            if (a.Obj is LuaString s && b.Obj is LuaString p && WholePosition(c, out int init)) return FindAux(L, s, p, init, plain: false, find);
            return base.Invoke(L, a, b, c);
        }
    }

    /// <summary>5.1's <c>str_sub</c> after its argument checks: positions relative to the end when negative, then clamped to the string.</summary>
    private static LuaString SubRange(LuaString s, long start, long end)
    {
        int l = s.Length;
        start = PosRelative(start, l);
        end = PosRelative(end, l);
        if (start < 1) start = 1;
        if (end > l) end = l;
        if (start > end) return LuaString.Empty;
        return Substring(s, (int)start - 1, (int)(end - start + 1));
    }
}
