using System.Text;
using LuaIL.Compiler.Syntax;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Tests.Syntax;

public class LexerTests
{
    private static IReadOnlyList<Token> Lex(string src)
    {
        var result = Lexer.Tokenize(SourceText.From(Encoding.Latin1.GetBytes(src), src));
        Assert.True(result.Success, result.Diagnostics.FirstOrDefault()?.LuaMessage);
        return result.Tokens;
    }

    private static Token Single(string src)
    {
        var tokens = Lex(src);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
        return tokens[0];
    }

    private static string Str(string src) => Encoding.Latin1.GetString(Single(src).StringValue!);

    [Fact]
    public void AllOperatorsAndKeywords()
    {
        var kinds = Lex("and break do else elseif end false for function if in local nil not or repeat return then true until while goto " +
                        ".. ... == >= <= ~= + - * / % ^ # ( ) { } [ ] ; : , . < > = ~ @").Select(t => t.Kind).ToArray();
        Assert.Equal(
        [
            TokenKind.And, TokenKind.Break, TokenKind.Do, TokenKind.Else, TokenKind.ElseIf, TokenKind.End, TokenKind.False,
            TokenKind.For, TokenKind.Function, TokenKind.If, TokenKind.In, TokenKind.Local, TokenKind.Nil, TokenKind.Not,
            TokenKind.Or, TokenKind.Repeat, TokenKind.Return, TokenKind.Then, TokenKind.True, TokenKind.Until, TokenKind.While,
            TokenKind.Name, TokenKind.Concat, TokenKind.Dots, TokenKind.Eq, TokenKind.Ge, TokenKind.Le, TokenKind.Ne,
            TokenKind.Plus, TokenKind.Minus, TokenKind.Star, TokenKind.Slash, TokenKind.Percent, TokenKind.Caret, TokenKind.Hash,
            TokenKind.LeftParen, TokenKind.RightParen, TokenKind.LeftBrace, TokenKind.RightBrace, TokenKind.LeftBracket,
            TokenKind.RightBracket, TokenKind.Semicolon, TokenKind.Colon, TokenKind.Comma, TokenKind.Dot, TokenKind.Less,
            TokenKind.Greater, TokenKind.Assign, TokenKind.Tilde, TokenKind.OtherChar, TokenKind.EndOfFile,
        ], kinds);
    }

    [Theory]
    [InlineData(@"'\65\066\0671'", "ABC1")]
    [InlineData(@"'\a\b\f\n\r\t\v\\\""\''", "\a\b\f\n\r\t\v\\\"'")]
    [InlineData(@"'\q\x41\z'", "qx41z")]
    [InlineData("'a\\\nb'", "a\nb")]
    [InlineData("'a\\\r\nb'", "a\nb")]
    [InlineData(@"'\0\255'", "\0\u00FF")]
    [InlineData("[[\nabc]]", "abc")]
    [InlineData("[[\r\nabc]]", "abc")]
    [InlineData("[[\n\nabc]]", "\nabc")]
    [InlineData("[[a\r\nb\n\rc\rd]]", "a\nb\nc\nd")]
    [InlineData("[==[a]]b]=]c]==]", "a]]b]=]c")]
    [InlineData("[=[a[[b]]]=]", "a[[b]]")]
    [InlineData("[=[a[=[b]=]", "a[=[b")]
    [InlineData("\"it's\"", "it's")]
    public void StringsAreReadAs51ReadsThem(string src, string expected) => Assert.Equal(expected, Str(src));

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("3.", 3.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e2", 100.0)]
    [InlineData("1E+2", 100.0)]
    [InlineData("2.5e-1", 0.25)]
    [InlineData("0x10", 16.0)]
    [InlineData("0XfF", 255.0)]
    [InlineData("0x1p4", 16.0)]
    [InlineData("08", 8.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("0xffffffffffffffffff", 4.722366482869645e21)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568e29)]
    public void NumbersConvertLikeStrtod(string src, double expected)
    {
        var t = Single(src);
        Assert.Equal(TokenKind.Number, t.Kind);
        Assert.Equal(expected, t.NumberValue);
    }

    // Forms the lexer never produces but luaO_str2d accepts (glibc strtod reads hex floats).
    [Theory]
    [InlineData("0x.8", 0.5)]
    [InlineData("0xA.8p1", 21.0)]
    [InlineData("0x1P-2", 0.25)]
    [InlineData("1e5  ", 100000.0)]
    [InlineData("0x", double.NaN)]
    [InlineData("1e", double.NaN)]
    [InlineData("1..2", double.NaN)]
    public void NumeralConversion(string text, double expected)
    {
        bool ok = Lexer.TryConvertNumeral(Encoding.ASCII.GetBytes(text), out double value);
        Assert.Equal(!double.IsNaN(expected), ok);
        if (ok) Assert.Equal(expected, value);
    }

    [Fact]
    public void LinesCountEveryNewlineForm()
    {
        var tokens = Lex("a\nb\r\nc\n\rd\re\n\nf --x\ng --[[\n\n]] h [[\n\n]] i");
        Assert.Equal([1, 2, 3, 4, 5, 7, 8, 10, 10, 12, 12], tokens.Select(t => t.Line).ToArray());
        var longString = tokens[8];
        Assert.Equal(10, longString.Line);
        Assert.Equal(12, longString.EndLine);
    }

    [Fact]
    public void ColumnsAreOneBasedBytes()
    {
        var tokens = Lex("local  x = 'é'\n  y");
        Assert.Equal([1, 8, 10, 12, 3], tokens.Take(5).Select(t => t.Column).ToArray());
    }

    [Fact]
    public void CommentsAreSkipped()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.EndOfFile],
            Lex("a --[==[ ]] ]=] ]==] b --[==x\nc -- [[ \n").Select(t => t.Kind).ToArray());
    }

    [Fact]
    public void ShebangLineIsSkippedOnlyForFiles()
    {
        var file = LuaIL.Compiler.Text.SourceText.FromFileBytes("#!lua\nx"u8.ToArray(), "@f.lua");
        var tokens = Lexer.Tokenize(file).Tokens;
        Assert.Equal(TokenKind.Name, tokens[0].Kind);
        Assert.Equal(2, tokens[0].Line);
        Assert.False(LuaParser.Parse(SourceText.From("#!lua\nx")).Success);
    }

    [Fact]
    public void NamesAreInterned()
    {
        var tokens = Lex("abc x abc");
        Assert.Same(tokens[0].Name, tokens[2].Name);
    }

    [Fact]
    public void TokenPrinterPrintsOneTokenPerLine()
    {
        var text = TokenPrinter.Print(SourceText.From("x = 0x10 .. [[a\nb]]", "=t"));
        Assert.Equal("1:1 Name x\n1:3 Assign =\n1:5 Number 0x10 = 16\n1:10 Concat ..\n1:13 String [[a\\nb]]\n2:4 EndOfFile\n", text);
        Assert.EndsWith("error: t:1: unfinished string near '<eof>'\n", TokenPrinter.Print(SourceText.From("x = 'a", "=t")));
    }
}
