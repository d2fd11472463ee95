namespace LuaIL.Runtime.Redis;

// Decoding (json_decode and its tokenizer): JSON text to Lua values, with lua-cjson's error texts and positions.
public static partial class CJsonLibrary
{
    private enum TokenType
    {
        ObjBegin, ObjEnd, ArrBegin, ArrEnd, String, Number, Boolean, Null, Colon, Comma, End, Whitespace, Error, Unknown,
    }

    // json_token_type_name: what "found %s" prints for a well-formed but unexpected token.
    private static readonly string[] TokenNames =
    [
        "T_OBJ_BEGIN", "T_OBJ_END", "T_ARR_BEGIN", "T_ARR_END", "T_STRING", "T_NUMBER", "T_BOOLEAN",
        "T_NULL", "T_COLON", "T_COMMA", "T_END", "T_WHITESPACE", "T_ERROR", "T_UNKNOWN",
    ];

    private static readonly TokenType[] CharTokens = BuildCharTokens();

    private static TokenType[] BuildCharTokens()
    {
        var t = new TokenType[256];
        Array.Fill(t, TokenType.Error);
        t['{'] = TokenType.ObjBegin;
        t['}'] = TokenType.ObjEnd;
        t['['] = TokenType.ArrBegin;
        t[']'] = TokenType.ArrEnd;
        t[','] = TokenType.Comma;
        t[':'] = TokenType.Colon;
        t[0] = TokenType.End;
        t[' '] = t['\t'] = t['\n'] = t['\r'] = TokenType.Whitespace;
        foreach (char c in "fiInNt\"+-0123456789") t[c] = TokenType.Unknown;
        return t;
    }

    private struct Token
    {
        public TokenType Type;
        public int Index;
        public string? Error;
        public LuaValue Value;
    }

    // json_parse_t. The text is a C string to the parser: reading at or past the first zero byte gives 0.
    private sealed class Parser(LuaState L, CJsonConfig cfg, LuaString text)
    {
        private readonly byte[] _data = text.Bytes;
        private readonly int _end = text.Span.IndexOf((byte)0) is var z and >= 0 ? z : text.Length;
        private readonly RedisLibBuffer _tmp = new(Math.Min(text.Length, 256));
        private int _ptr;
        private int _depth;

        private byte At(int i) => i < _end ? _data[i] : (byte)0;

        public LuaValue DecodeAll()
        {
            var token = NextToken();
            // The decoder's own argument is the one slot in use at the top level.
            var v = ProcessValue(ref token, 1);
            token = NextToken();
            if (token.Type != TokenType.End) throw ParseError("the end", token);
            return v;
        }

        private void SetError(ref Token token, string what)
        {
            token.Type = TokenType.Error;
            token.Index = _ptr;
            token.Error = what;
        }

        private Token NextToken()
        {
            var token = default(Token);
            while ((token.Type = CharTokens[At(_ptr)]) == TokenType.Whitespace) _ptr++;
            token.Index = _ptr;
            if (token.Type == TokenType.Error)
            {
                SetError(ref token, "invalid token");
                return token;
            }
            if (token.Type == TokenType.End) return token;
            if (token.Type != TokenType.Unknown)
            {
                _ptr++;
                return token;
            }
            byte ch = At(_ptr);
            if (ch == '"')
            {
                StringToken(ref token);
            }
            else if (ch == '-' || (ch >= '0' && ch <= '9'))
            {
                if (cfg.DecodeInvalidNumbers == 0 && IsInvalidNumber()) SetError(ref token, "invalid number");
                else NumberToken(ref token);
            }
            else if (Matches("true"u8))
            {
                token.Type = TokenType.Boolean;
                token.Value = LuaValue.True;
                _ptr += 4;
            }
            else if (Matches("false"u8))
            {
                token.Type = TokenType.Boolean;
                token.Value = LuaValue.False;
                _ptr += 5;
            }
            else if (Matches("null"u8))
            {
                token.Type = TokenType.Null;
                _ptr += 4;
            }
            else if (cfg.DecodeInvalidNumbers != 0 && IsInvalidNumber())
            {
                // Only numbers strict JSON rejects (inf, nan, hex, '+') get here, so they report "invalid number".
                NumberToken(ref token);
            }
            else
            {
                SetError(ref token, "invalid token");
            }
            return token;
        }

        private bool Matches(ReadOnlySpan<byte> word)
        {
            for (int i = 0; i < word.Length; i++)
                if (At(_ptr + i) != word[i]) return false;
            return true;
        }

        private bool MatchesIgnoreCase(int p, string word)
        {
            for (int i = 0; i < word.Length; i++)
                if ((At(p + i) | 0x20) != word[i]) return false;
            return true;
        }

        // json_is_invalid_number: what strtod accepts but strict JSON does not.
        private bool IsInvalidNumber()
        {
            int p = _ptr;
            if (At(p) == '+') return true;
            if (At(p) == '-') p++;
            if (At(p) == '0')
            {
                int ch2 = At(p + 1);
                return (ch2 | 0x20) == 'x' || (ch2 >= '0' && ch2 <= '9');
            }
            if (At(p) <= '9') return false;
            return MatchesIgnoreCase(p, "inf") || MatchesIgnoreCase(p, "nan");
        }

        private void NumberToken(ref Token token)
        {
            token.Type = TokenType.Number;
            int read = LuaConvert.StrToD(_data.AsSpan(_ptr, _end - _ptr), out double d);
            if (read == 0)
            {
                SetError(ref token, "invalid number");
                return;
            }
            token.Value = new LuaValue(d);
            _ptr += read;
        }

        private void StringToken(ref Token token)
        {
            _ptr++;
            _tmp.Clear();
            byte ch;
            while ((ch = At(_ptr)) != '"')
            {
                if (ch == 0)
                {
                    SetError(ref token, "unexpected end of string");
                    return;
                }
                if (ch == '\\')
                {
                    byte esc = At(_ptr + 1);
                    if (esc == 'u')
                    {
                        if (!AppendUnicodeEscape())
                        {
                            SetError(ref token, "invalid unicode escape code");
                            return;
                        }
                        continue;
                    }
                    ch = esc switch
                    {
                        (byte)'"' => (byte)'"',
                        (byte)'\\' => (byte)'\\',
                        (byte)'/' => (byte)'/',
                        (byte)'b' => (byte)'\b',
                        (byte)'t' => (byte)'\t',
                        (byte)'n' => (byte)'\n',
                        (byte)'f' => (byte)'\f',
                        (byte)'r' => (byte)'\r',
                        _ => 0,
                    };
                    if (ch == 0)
                    {
                        SetError(ref token, "invalid escape code");
                        return;
                    }
                    _ptr++;
                }
                _tmp.Append(ch);
                _ptr++;
            }
            _ptr++;
            token.Type = TokenType.String;
            token.Value = new LuaValue(_tmp.ToLuaString());
        }

        private int Hex4(int p)
        {
            int v = 0;
            for (int i = 0; i < 4; i++)
            {
                int c = At(p + i);
                int digit = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
                if (digit < 0) return -1;
                v = (v << 4) + digit;
            }
            return v;
        }

        // json_append_unicode_escape: \uXXXX (a surrogate pair takes two) to UTF-8.
        private bool AppendUnicodeEscape()
        {
            int cp = Hex4(_ptr + 2);
            int escapeLength = 6;
            if (cp < 0) return false;
            if ((cp & 0xF800) == 0xD800)
            {
                if ((cp & 0x400) != 0) return false;
                if (At(_ptr + 6) != '\\' || At(_ptr + 7) != 'u') return false;
                int low = Hex4(_ptr + 8);
                if (low < 0 || (low & 0xFC00) != 0xDC00) return false;
                cp = (((cp & 0x3FF) << 10) | (low & 0x3FF)) + 0x10000;
                escapeLength = 12;
            }
            if (cp <= 0x7F) _tmp.Append((byte)cp);
            else if (cp <= 0x7FF)
            {
                _tmp.Append((byte)((cp >> 6) | 0xC0));
                _tmp.Append((byte)((cp & 0x3F) | 0x80));
            }
            else if (cp <= 0xFFFF)
            {
                _tmp.Append((byte)((cp >> 12) | 0xE0));
                _tmp.Append((byte)(((cp >> 6) & 0x3F) | 0x80));
                _tmp.Append((byte)((cp & 0x3F) | 0x80));
            }
            else
            {
                _tmp.Append((byte)((cp >> 18) | 0xF0));
                _tmp.Append((byte)(((cp >> 12) & 0x3F) | 0x80));
                _tmp.Append((byte)(((cp >> 6) & 0x3F) | 0x80));
                _tmp.Append((byte)((cp & 0x3F) | 0x80));
            }
            _ptr += escapeLength;
            return true;
        }

        private LuaException ParseError(string expected, in Token token)
        {
            string found = token.Type == TokenType.Error ? token.Error! : TokenNames[(int)token.Type];
            return RedisLibSupport.Error(L, $"Expected {expected} but found {found} at character {token.Index + 1}");
        }

        // json_decode_descend: 'stackTop' + 'slots' emulates lua_checkstack against 5.1's C stack limit.
        private void Descend(int stackTop, int slots)
        {
            _depth++;
            if (_depth <= cfg.DecodeMaxDepth && stackTop + slots <= RedisLibSupport.MaxCStack)
            {
                RedisLibSupport.EnsureStack(L);
                return;
            }
            throw RedisLibSupport.Error(L, $"Found too many nested data structures ({_depth}) at character {_ptr}");
        }

        private LuaValue ProcessValue(ref Token token, int stackTop)
        {
            switch (token.Type)
            {
                case TokenType.String:
                case TokenType.Number:
                case TokenType.Boolean:
                    return token.Value;
                case TokenType.Null:
                    return new LuaValue(Null, 0);
                case TokenType.ObjBegin:
                    return ParseObject(stackTop);
                case TokenType.ArrBegin:
                    return ParseArray(stackTop);
                default:
                    throw ParseError("value", token);
            }
        }

        private LuaTable ParseObject(int stackTop)
        {
            Descend(stackTop, 3);
            var t = new LuaTable();
            var token = NextToken();
            if (token.Type == TokenType.ObjEnd)
            {
                _depth--;
                return t;
            }
            while (true)
            {
                if (token.Type != TokenType.String) throw ParseError("object key string", token);
                var key = (LuaString)token.Value.Obj!;
                token = NextToken();
                if (token.Type != TokenType.Colon) throw ParseError("colon", token);
                token = NextToken();
                // Stack: ..., table, key, then the value.
                t.RawSet(key, ProcessValue(ref token, stackTop + 2));
                token = NextToken();
                if (token.Type == TokenType.ObjEnd)
                {
                    _depth--;
                    return t;
                }
                if (token.Type != TokenType.Comma) throw ParseError("comma or object end", token);
                token = NextToken();
            }
        }

        private LuaTable ParseArray(int stackTop)
        {
            Descend(stackTop, 2);
            var t = new LuaTable();
            var token = NextToken();
            if (token.Type == TokenType.ArrEnd)
            {
                _depth--;
                return t;
            }
            for (int i = 1; ; i++)
            {
                t.RawSet(i, ProcessValue(ref token, stackTop + 1));
                token = NextToken();
                if (token.Type == TokenType.ArrEnd)
                {
                    _depth--;
                    return t;
                }
                if (token.Type != TokenType.Comma) throw ParseError("comma or array end", token);
                token = NextToken();
            }
        }
    }

    private static LuaValue Decode(LuaState L, ReadOnlySpan<LuaValue> args, CJsonConfig cfg)
    {
        if (args.Length != 1) throw RedisLibSupport.ArgError(L, 1, "expected 1 argument");
        var text = LuaArgs.CheckString(L, args, 1);
        // RFC 4627 encoding detection: UTF-16/32 JSON has a zero byte among the first two.
        if (text.Length >= 2 && (text[0] == 0 || text[1] == 0))
            throw RedisLibSupport.Error(L, "JSON parser does not support UTF-16 or UTF-32");
        return L.Return1(new Parser(L, cfg, text).DecodeAll());
    }

    /// <summary>Decodes JSON <paramref name="text"/> with <paramref name="cfg"/>, as <c>cjson.decode</c> would (for hosts and tests).</summary>
    public static LuaValue Decode(LuaState L, LuaString text, CJsonConfig? cfg = null)
    {
        if (text.Length >= 2 && (text[0] == 0 || text[1] == 0))
            throw RedisLibSupport.Error(L, "JSON parser does not support UTF-16 or UTF-32");
        return new Parser(L, cfg ?? new CJsonConfig(), text).DecodeAll();
    }
}
