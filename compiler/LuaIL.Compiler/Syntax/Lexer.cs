using System.Text;
using LuaIL.Compiler.Diagnostics;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Syntax;

// A byte-level port of the behaviour of 5.1's llex.c (not its code). Invariants:
// - _pos is 5.1's ls->current: the next unread byte; Cur is that byte or -1 (EOZ) at the end.
// - _src[0.._srcLen) is the source read so far; a source fed by load's reader grows (More) only
//   when a byte past it is needed, and every token leaves Cur read, as 5.1 reads current eagerly,
//   so the reader is called exactly as often as 5.1 calls it.
// - Line is 5.1's ls->linenumber: the line the lexer stands on, which error messages report.
// - Nothing is allocated per character: names are interned from byte spans; only strings with
//   escapes or long brackets go through the reusable _buf.

/// <summary>Turns Lua 5.1 source bytes into tokens, with 5.1's rules and error texts.</summary>
public sealed partial class Lexer
{
    private const int Eoz = -1;

    private readonly SourceText _text;
    private byte[] _src;
    private int _srcLen;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private int _pos;
    private int _lineStart;
    private byte[] _buf = new byte[64];
    private int _bufLen;

    // Where the token being read began, for columns and for error positions.
    private int _tokStart;
    private int _tokLine;
    private int _tokCol;

    internal Lexer(SourceText text)
    {
        _text = text;
        _src = text.Buffer;
        _srcLen = text.Length;
        _pos = text.LexStart;
        // A skipped '#' line still sits on line 1: the lexer starts at its '\n'.
        _lineStart = 0;
    }

    /// <summary>5.1's <c>linenumber</c>: the line just after the last token read.</summary>
    internal int Line { get; private set; } = 1;

    /// <summary>1-based column of the lexer's position on <see cref="Line"/>.</summary>
    internal int CurrentColumn => _pos - _lineStart + 1;

    internal SourceText Text => _text;

    /// <summary>Reads every token; stops at the first lexical error, as 5.1 does.</summary>
    public static TokenizeResult Tokenize(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        try
        {
            Token t;
            do
            {
                t = lexer.NextToken();
                tokens.Add(t);
            } while (t.Kind != TokenKind.EndOfFile);
            return new TokenizeResult(tokens, []);
        }
        catch (LuaSyntaxException e)
        {
            return new TokenizeResult(tokens, [e.Diagnostic]);
        }
    }

    private int Cur => _pos < _srcLen ? _src[_pos] : More(_pos);

    private int PeekAt(int delta) => _pos + delta < _srcLen ? _src[_pos + delta] : More(_pos + delta);

    // The byte at pos once the reader supplied enough pieces, or EOZ.
    private int More(int pos)
    {
        while (pos >= _srcLen && _text.Fill())
        {
            _src = _text.Buffer;
            _srcLen = _text.Length;
        }
        return pos < _srcLen ? _src[pos] : Eoz;
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    // C-locale isalpha/isalnum: ASCII only, so UTF-8 bytes are single-char tokens, as in lua5.1.
    private static bool IsAlpha(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAlnum(int c) => IsAlpha(c) || IsDigit(c);

    private static bool IsNewline(int c) => c == '\n' || c == '\r';

    // inclinenumber: \n, \r, \r\n and \n\r each count once.
    private void IncLine()
    {
        int old = Cur;
        _pos++;
        int c = Cur;
        if (IsNewline(c) && c != old) _pos++;
        Line++;
        _lineStart = _pos;
    }

    /// <summary>Reads the next token (llex), leaving the byte after it read as 5.1's <c>current</c>.</summary>
    internal Token NextToken()
    {
        var token = Scan();
        _ = Cur;
        return token;
    }

    private Token Scan()
    {
        for (;;)
        {
            _tokStart = _pos;
            _tokLine = Line;
            _tokCol = _pos - _lineStart + 1;
            int c = Cur;
            switch (c)
            {
                case '\n':
                case '\r':
                    IncLine();
                    continue;
                case ' ':
                case '\t':
                case '\v':
                case '\f':
                    _pos++;
                    continue;
                case '-':
                    if (PeekAt(1) != '-') return Simple(TokenKind.Minus, 1);
                    _pos += 2;
                    if (Cur == '[')
                    {
                        int sep = SkipSep();
                        if (sep >= 0)
                        {
                            ReadLongString(sep, isComment: true);
                            continue;
                        }
                    }
                    while (!IsNewline(Cur) && Cur != Eoz) _pos++;
                    continue;
                case '[':
                {
                    int sep = SkipSep();
                    if (sep >= 0)
                    {
                        var value = ReadLongString(sep, isComment: false);
                        return Make(TokenKind.String, value!, 0, -(sep + 1));
                    }
                    if (sep == -1) return Make(TokenKind.LeftBracket);
                    throw Error(DiagnosticCode.InvalidLongStringDelimiter, "invalid long string delimiter",
                        Latin1(_src.AsSpan(_tokStart, _pos - _tokStart)));
                }
                case '=':
                    return PeekAt(1) == '=' ? Simple(TokenKind.Eq, 2) : Simple(TokenKind.Assign, 1);
                case '<':
                    return PeekAt(1) == '=' ? Simple(TokenKind.Le, 2) : Simple(TokenKind.Less, 1);
                case '>':
                    return PeekAt(1) == '=' ? Simple(TokenKind.Ge, 2) : Simple(TokenKind.Greater, 1);
                case '~':
                    return PeekAt(1) == '=' ? Simple(TokenKind.Ne, 2) : Simple(TokenKind.Tilde, 1);
                case '"':
                case '\'':
                    return ReadString((byte)c);
                case '.':
                    _pos++;
                    // check_next uses strchr, which also matches a NUL byte: ".\0" is '..' in 5.1.
                    if (Cur == '.' || Cur == 0)
                    {
                        _pos++;
                        if (Cur == '.' || Cur == 0)
                        {
                            _pos++;
                            return Make(TokenKind.Dots);
                        }
                        return Make(TokenKind.Concat);
                    }
                    if (!IsDigit(Cur)) return Make(TokenKind.Dot);
                    return ReadNumeral();
                case Eoz:
                    return Make(TokenKind.EndOfFile);
                default:
                    if (IsDigit(c)) return ReadNumeral();
                    if (IsAlpha(c) || c == '_') return ReadName();
                    _pos++;
                    var kind = s_singleChars[c];
                    return kind == TokenKind.OtherChar ? Make(kind, null, 0, c) : Make(kind);
            }
        }
    }

    private Token Simple(TokenKind kind, int length)
    {
        _pos += length;
        return Make(kind);
    }

    private Token Make(TokenKind kind, object? value = null, double number = 0, int aux = 0) =>
        new(kind, _tokStart, _pos - _tokStart, _tokLine, Line, _tokCol, value, number, aux);

    private Token ReadName()
    {
        do _pos++; while (IsAlnum(Cur) || Cur == '_');
        var span = _src.AsSpan(_tokStart, _pos - _tokStart);
        var kind = Token.Keyword(span);
        return kind == TokenKind.Name ? Make(kind, Intern(span)) : Make(kind);
    }

    private string Intern(ReadOnlySpan<byte> ascii)
    {
        Span<char> chars = ascii.Length <= 128 ? stackalloc char[ascii.Length] : new char[ascii.Length];
        for (int i = 0; i < ascii.Length; i++) chars[i] = (char)ascii[i];
        if (_names.TryGetValue(chars, out var name)) return name;
        name = new string(chars);
        _names.Dictionary[name] = name;
        return name;
    }

    // skip_sep: at '[' or ']', skips it and any '='; the level when the same bracket follows, else -(count+1).
    private int SkipSep()
    {
        int s = Cur;
        _pos++;
        int count = 0;
        while (Cur == '=')
        {
            _pos++;
            count++;
        }
        return Cur == s ? count : -count - 1;
    }

    private void Save(int b)
    {
        if (_bufLen == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
        _buf[_bufLen++] = (byte)b;
    }

    private void Save(ReadOnlySpan<byte> bytes)
    {
        if (_bufLen + bytes.Length > _buf.Length)
            Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _bufLen + bytes.Length));
        bytes.CopyTo(_buf.AsSpan(_bufLen));
        _bufLen += bytes.Length;
    }

    private LuaSyntaxException Error(string code, string message, string? near)
    {
        int column = _tokLine == Line ? _tokCol : CurrentColumn;
        return new LuaSyntaxException(new Diagnostic(code, _text.ChunkName, Line, column, message, near));
    }

    internal static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    // luaO_pushfstring's %s stops at a NUL byte, so a near text ends at the first one.
    internal static string Latin1UpToNul(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes.IndexOf((byte)0);
        return Latin1(nul < 0 ? bytes : bytes[..nul]);
    }

    private static readonly TokenKind[] s_singleChars = BuildSingleChars();

    private static TokenKind[] BuildSingleChars()
    {
        var t = new TokenKind[256];
        Array.Fill(t, TokenKind.OtherChar);
        const string chars = "+-*/%^#(){}[];:,.<>=~";
        for (int i = 0; i < chars.Length; i++)
            t[chars[i]] = (TokenKind)((int)TokenKind.Plus + i);
        return t;
    }
}

/// <summary>What <see cref="Lexer.Tokenize"/> read: every token up to the end (or the first error) and that error.</summary>
public sealed record TokenizeResult(IReadOnlyList<Token> Tokens, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Diagnostics.Count == 0;
}
