using System.Text;

namespace LuaIL.Compiler.Syntax;

/// <summary>The kinds of Lua 5.1 tokens.</summary>
public enum TokenKind : byte
{
    EndOfFile, Name, Number, String,

    // Reserved words, in luaX_tokens order.
    And, Break, Do, Else, ElseIf, End, False, For, Function, If, In, Local, Nil, Not, Or,
    Repeat, Return, Then, True, Until, While,

    Concat, Dots, Eq, Ge, Le, Ne,

    Plus, Minus, Star, Slash, Percent, Caret, Hash,
    LeftParen, RightParen, LeftBrace, RightBrace, LeftBracket, RightBracket,
    Semicolon, Colon, Comma, Dot, Less, Greater, Assign, Tilde,

    /// <summary>Any other single byte, which 5.1 also returns as a token (the parser then rejects it).</summary>
    OtherChar,
}

/// <summary>One token: its kind, where it is, and its value for names, numbers and strings.</summary>
public readonly struct Token
{
    private readonly object? _value;
    // Short string: the quote byte; long string or comment: -(level + 1); OtherChar: the byte.
    private readonly int _aux;

    internal Token(TokenKind kind, int offset, int length, int line, int endLine, int column,
        object? value = null, double number = 0, int aux = 0)
    {
        Kind = kind;
        Offset = offset;
        Length = length;
        Line = line;
        EndLine = endLine;
        Column = column;
        _value = value;
        NumberValue = number;
        _aux = aux;
    }

    public TokenKind Kind { get; }

    /// <summary>Byte offset of the token's first byte.</summary>
    public int Offset { get; }

    /// <summary>Length in source bytes.</summary>
    public int Length { get; }

    /// <summary>Line of the first byte.</summary>
    public int Line { get; }

    /// <summary>The lexer's line just after the token (5.1's <c>linenumber</c>): differs from <see cref="Line"/> only for multi-line long strings and strings with <c>\</c>-newline.</summary>
    public int EndLine { get; }

    /// <summary>1-based byte column of the first byte.</summary>
    public int Column { get; }

    /// <summary>The identifier, for <see cref="TokenKind.Name"/>.</summary>
    public string? Name => _value as string;

    /// <summary>The bytes after escapes, for <see cref="TokenKind.String"/>.</summary>
    public byte[]? StringValue => _value as byte[];

    /// <summary>The value, for <see cref="TokenKind.Number"/>.</summary>
    public double NumberValue { get; }

    /// <summary>The byte, for <see cref="TokenKind.OtherChar"/>.</summary>
    public byte Char => (byte)_aux;

    internal int Aux => _aux;

    /// <summary>luaX_token2str: how a message names a token kind (<c>'end'</c>, <c>&lt;name&gt;</c>, <c>char(1)</c>).</summary>
    public static string KindText(TokenKind kind, byte otherChar = 0) => kind switch
    {
        TokenKind.EndOfFile => "<eof>",
        TokenKind.Name => "<name>",
        TokenKind.Number => "<number>",
        TokenKind.String => "<string>",
        TokenKind.OtherChar => CharText(otherChar),
        _ => s_fixedTexts[(int)kind]!,
    };

    // iscntrl in the C locale: control characters print as char(N), everything else as the byte itself.
    private static string CharText(byte b) =>
        b < 32 || b == 127 ? $"char({b})" : ((char)b).ToString();

    private static readonly string?[] s_fixedTexts = BuildFixedTexts();

    private static string?[] BuildFixedTexts()
    {
        var t = new string?[(int)TokenKind.OtherChar + 1];
        string[] words =
        [
            "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in",
            "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
            "..", "...", "==", ">=", "<=", "~=",
            "+", "-", "*", "/", "%", "^", "#", "(", ")", "{", "}", "[", "]", ";", ":", ",", ".",
            "<", ">", "=", "~",
        ];
        for (int i = 0; i < words.Length; i++)
            t[(int)TokenKind.And + i] = words[i];
        return t;
    }

    /// <summary>The reserved word spelled by <paramref name="name"/>, or <see cref="TokenKind.Name"/>.</summary>
    internal static TokenKind Keyword(ReadOnlySpan<byte> name)
    {
        if (name.Length < 2 || name.Length > 8 || name[0] < 'a' || name[0] > 'w') return TokenKind.Name;
        for (int k = (int)TokenKind.And; k <= (int)TokenKind.While; k++)
        {
            var text = s_fixedTexts[k]!;
            if (text.Length == name.Length && text[0] == name[0] && Ascii.Equals(name, text))
                return (TokenKind)k;
        }
        return TokenKind.Name;
    }

    public override string ToString() => $"{Line}:{Column} {Kind}";
}
