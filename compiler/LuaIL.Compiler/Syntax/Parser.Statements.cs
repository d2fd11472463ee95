using LuaIL.Compiler.Diagnostics;

namespace LuaIL.Compiler.Syntax;

// Statements: chunk, block and every statement form of 5.1 (manual §2.4, lparser.c's statement()).
internal sealed partial class Parser
{
    // chunk -> { stat [';'] }: 'return' and 'break' end it.
    private Block ParseChunkBody()
    {
        EnterLevel();
        int line = _current.Line;
        var statements = new List<Stmt>();
        bool isLast = false;
        while (!isLast && !BlockFollow(_current.Kind))
        {
            isLast = ParseStatement(statements);
            TestNext(TokenKind.Semicolon);
        }
        LeaveLevel();
        return new Block(line, statements, _current.Line);
    }

    private Block ParseBlock()
    {
        EnterBlock(isLoop: false);
        var block = ParseChunkBody();
        LeaveBlock();
        return block;
    }

    /// <summary>Parses one statement into <paramref name="into"/>; true when it must be the last of its block.</summary>
    private bool ParseStatement(List<Stmt> into)
    {
        int line = _lexer.Line;
        switch (_current.Kind)
        {
            case TokenKind.If:
                into.Add(ParseIf(line));
                return false;
            case TokenKind.While:
                into.Add(ParseWhile(line));
                return false;
            case TokenKind.Do:
            {
                Next();
                var body = ParseBlock();
                CheckMatch(TokenKind.End, TokenKind.Do, line);
                into.Add(new DoStmt(line, body));
                return false;
            }
            case TokenKind.For:
                into.Add(ParseFor(line));
                return false;
            case TokenKind.Repeat:
                into.Add(ParseRepeat(line));
                return false;
            case TokenKind.Function:
                into.Add(ParseFunctionStatement(line));
                return false;
            case TokenKind.Local:
                Next();
                into.Add(TestNext(TokenKind.Function) ? ParseLocalFunction(line) : ParseLocal(line));
                return false;
            case TokenKind.Return:
                into.Add(ParseReturn(line));
                return true;
            case TokenKind.Break:
                Next();
                if (!InLoop()) throw SyntaxError(DiagnosticCode.NoLoopToBreak, "no loop to break");
                into.Add(new BreakStmt(line));
                return true;
            default:
                into.Add(ParseExpressionStatement(line));
                return false;
        }
    }

    private IfStmt ParseIf(int line)
    {
        var clauses = new List<(Expr, Block)>();
        do
        {
            Next(); // 'if' or 'elseif'
            var condition = ParseExpression();
            CheckNext(TokenKind.Then);
            clauses.Add((condition, ParseBlock()));
        } while (_current.Kind == TokenKind.ElseIf);
        Block? elseBody = null;
        if (TestNext(TokenKind.Else)) elseBody = ParseBlock();
        CheckMatch(TokenKind.End, TokenKind.If, line);
        return new IfStmt(line, clauses, elseBody);
    }

    private WhileStmt ParseWhile(int line)
    {
        Next();
        var condition = ParseExpression();
        EnterBlock(isLoop: true);
        CheckNext(TokenKind.Do);
        var body = ParseBlock();
        CheckMatch(TokenKind.End, TokenKind.While, line);
        LeaveBlock();
        return new WhileStmt(line, condition, body);
    }

    private RepeatStmt ParseRepeat(int line)
    {
        EnterBlock(isLoop: true);
        EnterBlock(isLoop: false); // the condition sees the body's locals
        Next();
        var body = ParseChunkBody();
        CheckMatch(TokenKind.Until, TokenKind.Repeat, line);
        var condition = ParseExpression();
        LeaveBlock();
        LeaveBlock();
        return new RepeatStmt(line, body, condition);
    }

    private Stmt ParseFor(int line)
    {
        EnterBlock(isLoop: true);
        Next();
        var first = CheckName();
        Stmt result = _current.Kind switch
        {
            TokenKind.Assign => ParseNumericFor(line, first),
            TokenKind.Comma or TokenKind.In => ParseGenericFor(line, first),
            _ => throw SyntaxError(DiagnosticCode.Expected, "'=' or 'in' expected"),
        };
        CheckMatch(TokenKind.End, TokenKind.For, line);
        LeaveBlock();
        return result;
    }

    private NumericForStmt ParseNumericFor(int line, string variable)
    {
        // The three hidden control locals count against the 200-local limit, as in 5.1.
        NewLocal("(for index)", 0);
        NewLocal("(for limit)", 1);
        NewLocal("(for step)", 2);
        NewLocal(variable, 3);
        CheckNext(TokenKind.Assign);
        var start = ParseExpression();
        CheckNext(TokenKind.Comma);
        var limit = ParseExpression();
        Expr? step = TestNext(TokenKind.Comma) ? ParseExpression() : null;
        var body = ParseForBody(1);
        return new NumericForStmt(line, variable, start, limit, step, body);
    }

    private GenericForStmt ParseGenericFor(int line, string firstName)
    {
        NewLocal("(for generator)", 0);
        NewLocal("(for state)", 1);
        NewLocal("(for control)", 2);
        var names = new List<string> { firstName };
        NewLocal(firstName, 3);
        while (TestNext(TokenKind.Comma))
        {
            var name = CheckName();
            NewLocal(name, 3 + names.Count);
            names.Add(name);
        }
        CheckNext(TokenKind.In);
        var values = ParseExpressionList();
        var body = ParseForBody(names.Count);
        return new GenericForStmt(line, names, values, body);
    }

    private Block ParseForBody(int declared)
    {
        AdjustLocals(3);
        CheckNext(TokenKind.Do);
        EnterBlock(isLoop: false);
        AdjustLocals(declared);
        var body = ParseBlock();
        LeaveBlock();
        return body;
    }

    // function a.b.c:m body — the target is read like singlevar + field(), the name kept for messages.
    private FunctionStmt ParseFunctionStatement(int line)
    {
        Next();
        int nameLine = _current.Line;
        var first = CheckName();
        ResolveName(first);
        Expr target = new NameExpr(nameLine, first);
        var fullName = first;
        bool needSelf = false;
        while (_current.Kind is TokenKind.Dot or TokenKind.Colon)
        {
            needSelf = _current.Kind == TokenKind.Colon;
            Next();
            int keyLine = _current.Line;
            var key = CheckName();
            target = new IndexExpr(_lastLine, target, NameString(keyLine, key), true);
            fullName += (needSelf ? ":" : ".") + key;
            if (needSelf) break;
        }
        var body = ParseFunctionBody(needSelf, line, fullName);
        return new FunctionStmt(line, target, body);
    }

    private LocalFunctionStmt ParseLocalFunction(int line)
    {
        var name = CheckName();
        NewLocal(name, 0);
        AdjustLocals(1);
        // 5.1 dates a local function from the token after its name.
        var body = ParseFunctionBody(false, _lexer.Line, name);
        return new LocalFunctionStmt(line, name, body);
    }

    private LocalStmt ParseLocal(int line)
    {
        var names = new List<string>();
        do
        {
            var name = CheckName();
            NewLocal(name, names.Count);
            names.Add(name);
        } while (TestNext(TokenKind.Comma));
        IReadOnlyList<Expr> values = TestNext(TokenKind.Assign) ? ParseExpressionList() : [];
        AdjustLocals(names.Count);
        return new LocalStmt(line, names, values);
    }

    private ReturnStmt ParseReturn(int line)
    {
        Next();
        IReadOnlyList<Expr> values = BlockFollow(_current.Kind) || _current.Kind == TokenKind.Semicolon
            ? []
            : ParseExpressionList();
        return new ReturnStmt(line, values);
    }

    // exprstat: a call, or the first target of an assignment.
    private Stmt ParseExpressionStatement(int line)
    {
        var first = ParsePrimaryExpression();
        if (first is CallExpr or MethodCallExpr) return new CallStmt(line, first);

        var targets = new List<Expr> { first };
        for (;;)
        {
            // VLOCAL..VINDEXED only: a call or a parenthesised expression is not assignable.
            if (targets[^1] is not (NameExpr or IndexExpr))
                throw SyntaxError(DiagnosticCode.NotAssignable, "syntax error");
            if (!TestNext(TokenKind.Comma)) break;
            var next = ParsePrimaryExpression();
            // 5.1 recurses per target and bounds it by the C-call budget left.
            int limit = MaxLevels - _level;
            if (targets.Count > limit) throw ErrorLimit(_fs, limit, "variables in assignment");
            targets.Add(next);
        }
        CheckNext(TokenKind.Assign);
        var values = ParseExpressionList();
        return new AssignStmt(line, targets, values);
    }

    // body -> '(' parlist ')' chunk END
    private FunctionBody ParseFunctionBody(bool needSelf, int line, string? name)
    {
        var fs = new FunctionState(_fs, line);
        _fs = fs;
        CheckNext(TokenKind.LeftParen);
        var parameters = new List<string>();
        if (needSelf)
        {
            NewLocal("self", 0);
            AdjustLocals(1);
            parameters.Add("self");
        }
        int count = 0;
        if (_current.Kind != TokenKind.RightParen)
        {
            do
            {
                switch (_current.Kind)
                {
                    case TokenKind.Name:
                    {
                        var p = CheckName();
                        NewLocal(p, count++);
                        parameters.Add(p);
                        break;
                    }
                    case TokenKind.Dots:
                        Next();
                        // LUA_COMPAT_VARARG: the implicit 'arg' local takes a slot (not a parameter).
                        NewLocal("arg", count++);
                        fs.IsVararg = true;
                        break;
                    default:
                        throw SyntaxError(DiagnosticCode.Expected, "<name> or '...' expected");
                }
            } while (!fs.IsVararg && TestNext(TokenKind.Comma));
        }
        AdjustLocals(count);
        CheckNext(TokenKind.RightParen);
        var block = ParseChunkBody();
        int endLine = _lexer.Line;
        CheckMatch(TokenKind.End, TokenKind.Function, line);
        _fs = fs.Parent!;
        return new FunctionBody(line, parameters, fs.IsVararg, block, endLine, name);
    }
}
