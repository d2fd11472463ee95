using LuaIL.Compiler.Syntax;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Tests.Syntax;

// 5.1 counts syntax levels (LUAI_MAXCCALLS 200) per chunk and per subexpression; deep input must
// give its error, never a .NET stack overflow, and left-associative chains must not nest at all.
public class DeepNestingTests
{
    private static string ErrorOf(string src) =>
        Assert.Single(LuaParser.Parse(SourceText.From(src, "=deep")).Diagnostics).LuaMessage;

    [Fact]
    public void HundredThousandParentheses() =>
        Assert.Equal("deep:1: chunk has too many syntax levels",
            ErrorOf("x = " + new string('(', 100_000) + "1" + new string(')', 100_000)));

    [Fact]
    public void HundredThousandBraces() =>
        Assert.Equal("deep:1: chunk has too many syntax levels",
            ErrorOf("x = " + new string('{', 100_000) + new string('}', 100_000)));

    [Theory]
    [InlineData("x = {0}", 100_000)]
    [InlineData("do {0} end", 100_000)]
    [InlineData("x = - {0} 1", 100_000)]
    [InlineData("x = a .. {0} a", 100_000)]
    [InlineData("x = function() return {0} 1 end", 50_000)]
    [InlineData("if x then {0} end", 100_000)]
    public void OtherDeepFormsStop(string shape, int count)
    {
        string unit = shape switch
        {
            "x = {0}" => "f(",
            "do {0} end" => "do ",
            "x = - {0} 1" => "- ",
            "x = a .. {0} a" => "a .. ",
            "if x then {0} end" => "if x then ",
            _ => "function() return ",
        };
        var src = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, string.Concat(Enumerable.Repeat(unit, count)));
        Assert.Equal("deep:1: chunk has too many syntax levels", ErrorOf(src));
    }

    [Theory]
    [InlineData(197, true)]
    [InlineData(198, false)]
    public void ParenthesesLimitMatchesLuaRunningAFile(int depth, bool ok)
    {
        // `lua5.1 file.lua` accepts 197 nested parentheses in `x = (...)` and rejects 198.
        var src = "x = " + new string('(', depth) + "1" + new string(')', depth);
        Assert.Equal(ok, LuaParser.Parse(SourceText.From(src)).Success);
    }

    [Fact]
    public void TwoHundredThousandTermSumParsesAndPrints()
    {
        var src = "return 1" + string.Concat(Enumerable.Repeat(" + 1", 199_999));
        var result = LuaParser.Parse(SourceText.From(src, "=sum"));
        Assert.True(result.Success);
        var e = (BinaryExpr)((ReturnStmt)result.Chunk!.Main.Body.Statements[0]).Values[0];
        int terms = 1;
        Expr cur = e;
        while (cur is BinaryExpr b)
        {
            terms++;
            cur = b.Left;
        }
        Assert.Equal(200_000, terms);
        var printed = AstPrinter.Print(result.Chunk);
        Assert.Contains("Binary@1 Add", printed);
    }

    [Fact]
    public void LongSuffixChainsParseAndPrint()
    {
        var src = "x = a" + string.Concat(Enumerable.Repeat(".b", 100_000)) + string.Concat(Enumerable.Repeat("()", 100_000));
        var result = LuaParser.Parse(SourceText.From(src));
        Assert.True(result.Success);
        Assert.NotEmpty(AstPrinter.Print(result.Chunk!));
    }
}
