using LuaIL.Runtime;
using static LuaIL.Runtime.Tests.TestSupport;

namespace LuaIL.Runtime.Tests;

/// <summary>Lua 5.1 patterns through find, match, gmatch and gsub; expected values printed by lua5.1.</summary>
public class PatternTests
{
    private readonly LuaState L;

    public PatternTests() => L = NewState(out _);

    private LuaFunction Lib(string name)
        => L.Globals.RawGet(LuaString.FromLatin1("string")).AsTable!.RawGet(LuaString.FromLatin1(name)).AsFunction!;

    private static string Join(LuaValue[] values) => string.Join(",", values.Select(v => v.Obj is LuaString s ? s.ToLatin1() : v.ToString()));

    private string Str(string name, params LuaValue[] args)
    {
        var first = Lib(name).Invoke(L, args);
        return Join(L.TakeResults(first));
    }

    private string StrError(string name, params LuaValue[] args) => ErrorOf(() => Str(name, args));

    [Theory]
    [InlineData("hello world", "(%w+) (%w+)", "hello,world")]
    [InlineData("  key = value  ", "^%s*(%w+)%s*=%s*(%w+)%s*$", "key,value")]
    [InlineData("hello", "()ll()", "3,5")]
    [InlineData("f(a(b)c)d", "%b()", "(a(b)c)")]
    [InlineData("abab", "(ab)%1", "ab")]
    [InlineData("x", "[]]", "nil")]
    [InlineData("]", "[]]", "]")]
    [InlineData("^", "[^^]", "nil")]
    [InlineData("-", "[a-]", "-")]
    [InlineData("a-z", "[a%-z]+", "a-z")]
    [InlineData("The year 1999 and 2024", ".*(%d%d%d%d)", "2024")]
    [InlineData("The year 1999 and 2024", ".-(%d%d%d%d)", "1999")]
    [InlineData("a$b", "$b", "$b")]
    [InlineData("aaa", "(a*(.)%w(%s*))", "aaa,a,")]
    [InlineData("THE (quick) fox", "%f[%a]%a+", "THE")]
    [InlineData("tab\there", "%c", "\t")]
    [InlineData("x\u00e9y", "%a+", "x")]
    public void Match(string subject, string pattern, string expected)
        => Assert.Equal(expected, Str("match", new LuaValue(LuaString.FromLatin1(subject)), new LuaValue(LuaString.FromLatin1(pattern))));

    [Fact]
    public void FindPlainAndPatterns()
    {
        Assert.Equal("4,3", Str("find", S("abc"), S(""), 10));
        Assert.Equal("nil", Str("find", S("abc"), S("b"), -1));
        Assert.Equal("2,2", Str("find", S("a.b"), S("."), 1, true));
        Assert.Equal("1,1", Str("find", S("a.b"), S(".")));
        Assert.Equal("2,2", Str("find", S("a+b"), S("+"), 1));
        Assert.Equal("5,11,quick", Str("find", S("THE (quick) fox"), S("%((%a+)%)")));
        Assert.Equal("3,4,3,ll,5", Str("find", S("hello"), S("()(l+)()")));
        // A zero byte ends the pattern for the special-character test: this is a plain search.
        Assert.Equal("nil", Str("find", new LuaValue(LuaString.FromLatin1("ax.c")), new LuaValue(LuaString.FromLatin1("\0."))));
        Assert.Equal("2,3", Str("find", new LuaValue(LuaString.FromLatin1("a\0.c")), new LuaValue(LuaString.FromLatin1("\0."))));
    }

    [Fact]
    public void GsubReplacements()
    {
        Assert.Equal("hell[oo] w[oo]rld,2", Str("gsub", S("hello world"), S("(o)"), S("[%1%0]")));
        Assert.Equal("%a%b%c,3", Str("gsub", S("abc"), S("%w"), S("%%%0")));
        Assert.Equal("a\0c,1", Str("gsub", S("abc"), S("b"), S("%")));
        Assert.Equal("a2c,1", Str("gsub", S("abc"), S("()b"), S("%1")));
        Assert.Equal("-a-b-c-,4", Str("gsub", S("abc"), S(""), S("-")));
        Assert.Equal("-abc,1", Str("gsub", S("abc"), S("^"), S("-")));
        Assert.Equal("hell0 world,1", Str("gsub", S("hello world"), S("o"), S("0"), 1));
        var t = new LuaTable();
        t.RawSet(LuaString.FromLatin1("a"), new LuaValue(1));
        Assert.Equal("1bc,3", Str("gsub", S("abc"), S("."), t));
        Assert.Equal("AbC,3", Str("gsub", S("abc"), S("."), new LuaValue(new LuaNativeFunction("up",
            (l, a) => a[0].AsString!.ToLatin1() == "b" ? l.Return0() : l.Return1(S(a[0].AsString!.ToLatin1().ToUpperInvariant()))))));
        t.RawSet(LuaString.FromLatin1("b"), LuaValue.True);
        Assert.Equal("test.lua:5: invalid replacement value (a boolean)", StrError("gsub", S("abc"), S("."), t));
        Assert.Equal("test.lua:5: bad argument #3 to 'f' (string/function/table expected)", StrError("gsub", S("abc"), S("b")));
        Assert.Equal("test.lua:5: invalid capture index", StrError("gsub", S("abc"), S("(b)"), S("%2")));
    }

    [Fact]
    public void GmatchTreatsCaretLiterallyAndCountsEmptyMatches()
    {
        var it = Lib("gmatch").Invoke(L, new LuaValue[] { S("a,b,,c"), S("[^,]*") }).AsFunction!;
        var seen = new List<string>();
        while (true)
        {
            var v = it.Invoke(L, ReadOnlySpan<LuaValue>.Empty);
            if (L.NRet == 0) break;
            seen.Add(v.AsString!.ToLatin1());
        }
        Assert.Equal(["a", "", "b", "", "", "c", ""], seen);
        var caret = Lib("gmatch").Invoke(L, new LuaValue[] { S("^a^a"), S("^a") }).AsFunction!;
        Assert.Equal("^a", caret.Invoke(L, ReadOnlySpan<LuaValue>.Empty).AsString!.ToLatin1());
    }

    [Theory]
    [InlineData("%", "malformed pattern (ends with '%')")]
    [InlineData("[a", "malformed pattern (missing ']')")]
    [InlineData("[]", "malformed pattern (missing ']')")]
    [InlineData("(a", "unfinished capture")]
    [InlineData("a)", "invalid pattern capture")]
    [InlineData("%1", "invalid capture index")]
    [InlineData("(a%1)", "invalid capture index")]
    [InlineData("%b", "unbalanced pattern")]
    [InlineData("%ba", "unbalanced pattern")]
    [InlineData("%f", "missing '[' after '%f' in pattern")]
    [InlineData("%fa", "missing '[' after '%f' in pattern")]
    public void PatternErrors(string pattern, string message)
        => Assert.Equal("test.lua:5: " + message, StrError("match", S("ab"), S(pattern)));

    [Fact]
    public void CaptureLimitIs32()
    {
        Assert.Equal(32, Str("match", S(new string('a', 40)), S(string.Concat(Enumerable.Repeat("(a)", 32)))).Split(',').Length);
        Assert.Equal("test.lua:5: too many captures", StrError("match", S(new string('a', 40)), S(string.Concat(Enumerable.Repeat("(a)", 33)))));
    }

    [Fact]
    public void DeepPatternsAndLongSubjectsDoNotUseTheDotNetStack()
    {
        // lua5.1 recurses once per item here; the matcher keeps these choice points on the heap.
        var deep = string.Concat(Enumerable.Repeat("a?", 200000)) + "$";
        Assert.Equal("1,200000", Str("find", S(new string('a', 200000)), S(deep)));
        Assert.Equal("nil", Str("find", S(new string('x', 1000000)), S("x*y"), -1));
        Assert.Equal("1000000", Str("match", S(new string('x', 1000000)), S(".*")).Length.ToString());
        var balanced = new string('(', 50000) + new string(')', 50000);
        Assert.Equal(100000, Str("match", S(balanced), S("%b()")).Length);
    }
}
