using LuaIL.Compiler.Diagnostics;

namespace LuaIL.Compiler.Syntax;

// Strings as 5.1's read_string/read_long_string read them. Error "near" texts are 5.1's token
// buffer at the moment of the error: the delimiter plus what was converted so far.
public sealed partial class Lexer
{
    private Token ReadString(byte del)
    {
        _pos++;
        // Fast path: no escapes and no line breaks, the value is a plain slice.
        int p = _pos;
        var src = _src;
        int end = _srcLen;
        while (p < end)
        {
            byte b = src[p];
            if (b == del || b == '\\' || b == '\n' || b == '\r') break;
            p++;
        }
        if (p < end && src[p] == del)
        {
            var value = src.AsSpan(_pos, p - _pos).ToArray();
            _pos = p + 1;
            return Make(TokenKind.String, value, 0, del);
        }

        _bufLen = 0;
        Save(src.AsSpan(_pos, p - _pos));
        _pos = p;
        while (Cur != del)
        {
            int c = Cur;
            switch (c)
            {
                case Eoz:
                    throw Error(DiagnosticCode.UnfinishedString, "unfinished string", "<eof>");
                case '\n':
                case '\r':
                    throw Error(DiagnosticCode.UnfinishedString, "unfinished string", PartialStringText(del));
                case '\\':
                    _pos++;
                    c = Cur;
                    switch (c)
                    {
                        case 'a': Save('\a'); _pos++; break;
                        case 'b': Save('\b'); _pos++; break;
                        case 'f': Save('\f'); _pos++; break;
                        case 'n': Save('\n'); _pos++; break;
                        case 'r': Save('\r'); _pos++; break;
                        case 't': Save('\t'); _pos++; break;
                        case 'v': Save('\v'); _pos++; break;
                        case '\n':
                        case '\r':
                            Save('\n');
                            IncLine();
                            break;
                        case Eoz:
                            break; // the loop reports the unfinished string
                        default:
                            if (!IsDigit(c))
                            {
                                // \\, \", \' and any unknown escape keep the character itself.
                                Save(c);
                                _pos++;
                            }
                            else
                            {
                                // \ddd is decimal, at most three digits.
                                int i = 0, v = 0;
                                do
                                {
                                    v = 10 * v + (Cur - '0');
                                    _pos++;
                                } while (++i < 3 && IsDigit(Cur));
                                if (v > 255)
                                    throw Error(DiagnosticCode.EscapeSequenceTooLarge, "escape sequence too large", PartialStringText(del));
                                Save(v);
                            }
                            break;
                    }
                    break;
                default:
                    Save(c);
                    _pos++;
                    break;
            }
        }
        _pos++;
        return Make(TokenKind.String, _buf.AsSpan(0, _bufLen).ToArray(), 0, del);
    }

    private string PartialStringText(byte del) => (char)del + Latin1UpToNul(_buf.AsSpan(0, _bufLen));

    /// <summary>Reads a long string or comment; the lexer stands on its second '['. Returns the value (null for comments).</summary>
    private byte[]? ReadLongString(int sep, bool isComment)
    {
        _pos++;
        if (IsNewline(Cur)) IncLine(); // a first line break is not part of the string
        _bufLen = 0;
        for (;;)
        {
            int c = Cur;
            switch (c)
            {
                case Eoz:
                    throw isComment
                        ? Error(DiagnosticCode.UnfinishedLongComment, "unfinished long comment", "<eof>")
                        : Error(DiagnosticCode.UnfinishedLongString, "unfinished long string", "<eof>");
                case '[':
                {
                    int p = _pos;
                    if (SkipSep() == sep)
                    {
                        _pos++;
                        // LUA_COMPAT_LSTR == 1: only level 0 forbids the opener inside.
                        if (sep == 0)
                            throw Error(DiagnosticCode.NestedLongString, "nesting of [[...]] is deprecated", "[");
                    }
                    if (!isComment) Save(_src.AsSpan(p, _pos - p));
                    break;
                }
                case ']':
                {
                    int p = _pos;
                    if (SkipSep() == sep)
                    {
                        _pos++;
                        return isComment ? null : _buf.AsSpan(0, _bufLen).ToArray();
                    }
                    if (!isComment) Save(_src.AsSpan(p, _pos - p));
                    break;
                }
                case '\n':
                case '\r':
                    if (!isComment) Save('\n');
                    IncLine();
                    break;
                default:
                {
                    // A run of ordinary bytes up to the end of what was read; the next Cur reads on.
                    int p = _pos + 1;
                    var src = _src;
                    while (p < _srcLen)
                    {
                        byte b = src[p];
                        if (b == '[' || b == ']' || b == '\n' || b == '\r') break;
                        p++;
                    }
                    if (!isComment) Save(src.AsSpan(_pos, p - _pos));
                    _pos = p;
                    break;
                }
            }
        }
    }

    /// <summary>txtToken: the text 5.1 shows after <c>near</c> for a token the parser rejects.</summary>
    internal string NearText(in Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Name:
                return t.Name!;
            case TokenKind.Number:
                return Latin1UpToNul(_src.AsSpan(t.Offset, t.Length));
            case TokenKind.String:
            {
                var value = t.StringValue!;
                if (t.Aux > 0)
                    return Latin1UpToNul([(byte)t.Aux, .. value, (byte)t.Aux]);
                var eq = new string('=', -t.Aux - 1);
                return Latin1UpToNul([.. System.Text.Encoding.Latin1.GetBytes("[" + eq + "["), .. value,
                    .. System.Text.Encoding.Latin1.GetBytes("]" + eq + "]")]);
            }
            default:
                return Token.KindText(t.Kind, t.Char);
        }
    }
}
