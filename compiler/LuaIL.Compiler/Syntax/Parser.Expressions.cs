using LuaIL.Compiler.Diagnostics;

namespace LuaIL.Compiler.Syntax;

// Expressions: 5.1's subexpr with its priority table, simpleexp, primaryexp, call arguments and
// table constructors. Line rule (checked against lua5.1's runtime errors): 5.1 codes an operator
// when its last operand is complete, with the line of the last token consumed, so a BinaryExpr or
// UnaryExpr gets _lastLine after its (right) operand; a call gets 5.1's linenumber at its
// argument token ('(' , '{' or the string's last line).
internal sealed partial class Parser
{
    private const int UnaryPriority = 8;

    // ORDER BinaryOp: Add Sub Mul Div Mod Pow Concat Eq Ne Lt Le Gt Ge And Or.
    private static readonly byte[] s_leftPriority = [6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1];
    private static readonly byte[] s_rightPriority = [6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1];

    private Expr ParseExpression() => ParseSubExpression(0, out _);

    private List<Expr> ParseExpressionList()
    {
        var list = new List<Expr> { ParseExpression() };
        while (TestNext(TokenKind.Comma)) list.Add(ParseExpression());
        return list;
    }

    private static BinaryOp? GetBinaryOp(TokenKind kind) => kind switch
    {
        TokenKind.Plus => BinaryOp.Add,
        TokenKind.Minus => BinaryOp.Sub,
        TokenKind.Star => BinaryOp.Mul,
        TokenKind.Slash => BinaryOp.Div,
        TokenKind.Percent => BinaryOp.Mod,
        TokenKind.Caret => BinaryOp.Pow,
        TokenKind.Concat => BinaryOp.Concat,
        TokenKind.Ne => BinaryOp.Ne,
        TokenKind.Eq => BinaryOp.Eq,
        TokenKind.Less => BinaryOp.Lt,
        TokenKind.Le => BinaryOp.Le,
        TokenKind.Greater => BinaryOp.Gt,
        TokenKind.Ge => BinaryOp.Ge,
        TokenKind.And => BinaryOp.And,
        TokenKind.Or => BinaryOp.Or,
        _ => null,
    };

    private static UnaryOp? GetUnaryOp(TokenKind kind) => kind switch
    {
        TokenKind.Not => UnaryOp.Not,
        TokenKind.Minus => UnaryOp.Neg,
        TokenKind.Hash => UnaryOp.Len,
        _ => null,
    };

    // subexpr -> (simpleexp | unop subexpr) { binop subexpr }, binding operators whose left priority
    // exceeds limit. Left-associative chains loop here; only right operands recurse.
    private Expr ParseSubExpression(int limit, out BinaryOp? untreated)
    {
        EnterLevel();
        Expr left;
        if (GetUnaryOp(_current.Kind) is { } uop)
        {
            Next();
            var operand = ParseSubExpression(UnaryPriority, out _);
            left = new UnaryExpr(_lastLine, uop, operand);
        }
        else
        {
            left = ParseSimpleExpression();
        }
        var op = GetBinaryOp(_current.Kind);
        while (op is { } bop && s_leftPriority[(int)bop] > limit)
        {
            Next();
            var right = ParseSubExpression(s_rightPriority[(int)bop], out var nextOp);
            left = new BinaryExpr(_lastLine, bop, left, right);
            op = nextOp;
        }
        LeaveLevel();
        untreated = op;
        return left;
    }

    private Expr ParseSimpleExpression()
    {
        var t = _current;
        Expr e;
        switch (t.Kind)
        {
            case TokenKind.Number: e = new NumberExpr(t.Line, t.NumberValue); break;
            case TokenKind.String: e = new StringExpr(t.Line, t.StringValue!); break;
            case TokenKind.Nil: e = new NilExpr(t.Line); break;
            case TokenKind.True: e = new BoolExpr(t.Line, true); break;
            case TokenKind.False: e = new BoolExpr(t.Line, false); break;
            case TokenKind.Dots:
                if (!_fs.IsVararg)
                    throw SyntaxError(DiagnosticCode.VarargOutsideVarargFunction, "cannot use '...' outside a vararg function");
                e = new VarargExpr(t.Line);
                break;
            case TokenKind.LeftBrace:
                return ParseTable();
            case TokenKind.Function:
            {
                Next();
                int line = _lexer.Line;
                return new FunctionExpr(line, ParseFunctionBody(false, line, null));
            }
            default:
                return ParsePrimaryExpression();
        }
        Next();
        return e;
    }

    // prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs }, looping, not recursing.
    private Expr ParsePrimaryExpression()
    {
        var e = ParsePrefixExpression();
        for (;;)
        {
            switch (_current.Kind)
            {
                case TokenKind.Dot:
                {
                    Next();
                    int keyLine = _current.Line;
                    var name = CheckName();
                    e = new IndexExpr(_lastLine, e, NameString(keyLine, name), true);
                    break;
                }
                case TokenKind.LeftBracket:
                {
                    Next();
                    var key = ParseExpression();
                    CheckNext(TokenKind.RightBracket);
                    e = new IndexExpr(_lastLine, e, key, false);
                    break;
                }
                case TokenKind.Colon:
                {
                    Next();
                    var name = CheckName();
                    var args = ParseCallArguments(out int line);
                    e = new MethodCallExpr(line, e, name, args);
                    break;
                }
                case TokenKind.LeftParen:
                case TokenKind.String:
                case TokenKind.LeftBrace:
                {
                    var args = ParseCallArguments(out int line);
                    e = new CallExpr(line, e, args);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    private Expr ParsePrefixExpression()
    {
        switch (_current.Kind)
        {
            case TokenKind.LeftParen:
            {
                int line = _lexer.Line;
                Next();
                var inner = ParseExpression();
                CheckMatch(TokenKind.RightParen, TokenKind.LeftParen, line);
                return new ParenExpr(line, inner);
            }
            case TokenKind.Name:
            {
                int line = _current.Line;
                var name = CheckName();
                ResolveName(name);
                return new NameExpr(line, name);
            }
            default:
                throw SyntaxError(DiagnosticCode.UnexpectedSymbol, "unexpected symbol");
        }
    }

    // funcargs: the call's line is linenumber at the argument token, and a '(' on a later line than
    // the previous token is 5.1's "ambiguous syntax".
    private IReadOnlyList<Expr> ParseCallArguments(out int line)
    {
        line = _lexer.Line;
        switch (_current.Kind)
        {
            case TokenKind.LeftParen:
            {
                if (line != _lastLine)
                    throw SyntaxError(DiagnosticCode.AmbiguousSyntax, "ambiguous syntax (function call x new statement)");
                Next();
                IReadOnlyList<Expr> args = _current.Kind == TokenKind.RightParen ? [] : ParseExpressionList();
                CheckMatch(TokenKind.RightParen, TokenKind.LeftParen, line);
                return args;
            }
            case TokenKind.LeftBrace:
                return [ParseTable()];
            case TokenKind.String:
            {
                var s = new StringExpr(_current.Line, _current.StringValue!);
                Next();
                return [s];
            }
            default:
                throw SyntaxError(DiagnosticCode.FunctionArgumentsExpected, "function arguments expected");
        }
    }

    // constructor -> '{' [ field { sep field } [sep] ] '}'; a name followed by '=' is a record field.
    private TableExpr ParseTable()
    {
        int line = _lexer.Line;
        CheckNext(TokenKind.LeftBrace);
        var fields = new List<TableField>();
        int arrayItems = 0;
        do
        {
            if (_current.Kind == TokenKind.RightBrace) break;
            int fieldLine = _current.Line;
            switch (_current.Kind)
            {
                case TokenKind.Name when Peek().Kind == TokenKind.Assign:
                {
                    var key = NameString(fieldLine, CheckName());
                    CheckNext(TokenKind.Assign);
                    fields.Add(new TableField(fieldLine, key, ParseExpression()));
                    break;
                }
                case TokenKind.LeftBracket:
                {
                    Next();
                    var key = ParseExpression();
                    CheckNext(TokenKind.RightBracket);
                    CheckNext(TokenKind.Assign);
                    fields.Add(new TableField(fieldLine, key, ParseExpression()));
                    break;
                }
                default:
                {
                    var value = ParseExpression();
                    if (arrayItems > MaxListItems) throw ErrorLimit(_fs, MaxListItems, "items in a constructor");
                    arrayItems++;
                    fields.Add(new TableField(fieldLine, null, value));
                    break;
                }
            }
        } while (TestNext(TokenKind.Comma) || TestNext(TokenKind.Semicolon));
        CheckMatch(TokenKind.RightBrace, TokenKind.LeftBrace, line);
        return new TableExpr(line, fields);
    }

    private static StringExpr NameString(int line, string name) =>
        new(line, System.Text.Encoding.ASCII.GetBytes(name));
}
