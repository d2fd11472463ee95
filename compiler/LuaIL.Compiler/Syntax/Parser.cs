using System.Runtime.CompilerServices;
using LuaIL.Compiler.Diagnostics;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Syntax;

// Recursive descent shaped like 5.1's lparser.c, so errors come out at the same token with the same
// words. Invariants:
// - _current is 5.1's ls->t; _lastLine is ls->lastline (the line of the last token consumed);
//   _lexer.Line is ls->linenumber (the line after the newest token read, lookahead included).
// - _level is L->nCcalls: entered per chunk and per subexpression exactly where 5.1 enters it,
//   so "chunk has too many syntax levels" triggers at the same depth, and it bounds the C# stack.
// - The parser tracks scopes only to enforce 5.1's limits (locals, upvalues) at 5.1's positions;
//   the ProtoBuilder resolves names for real.
internal sealed partial class Parser
{
    // nCcalls when lua5.1 parses a script file (pmain is one C call deep); loadstring from the main
    // chunk starts at 2, luaL_loadbuffer from C at 0. LUAI_MAXCCALLS is 200.
    private const int BaseLevel = 1;
    private const int MaxLevels = 200;
    private const int MaxVars = 200;        // LUAI_MAXVARS
    private const int MaxUpvalues = 60;     // LUAI_MAXUPVALUES
    private const int MaxListItems = int.MaxValue - 1; // 5.1.5 checks list items against MAX_INT, not MAXARG_Bx

    private readonly Lexer _lexer;
    private Token _current;
    private Token _lookahead;
    private bool _hasLookahead;
    private int _lastLine = 1;
    private int _level = BaseLevel;
    private FunctionState _fs = null!;

    public Parser(SourceText text)
    {
        _lexer = new Lexer(text);
    }

    public Chunk ParseChunk()
    {
        _fs = new FunctionState(null, 0) { IsVararg = true };
        Next();
        var block = ParseChunkBody();
        Check(TokenKind.EndOfFile);
        var main = new FunctionBody(0, [], true, block, _lexer.Line, null);
        return new Chunk(_lexer.Text.ChunkName, main);
    }

    private void Next()
    {
        _lastLine = _lexer.Line;
        if (_hasLookahead)
        {
            _current = _lookahead;
            _hasLookahead = false;
        }
        else
        {
            _current = _lexer.NextToken();
        }
    }

    private ref readonly Token Peek()
    {
        if (!_hasLookahead)
        {
            _lookahead = _lexer.NextToken();
            _hasLookahead = true;
        }
        return ref _lookahead;
    }

    private bool TestNext(TokenKind kind)
    {
        if (_current.Kind != kind) return false;
        Next();
        return true;
    }

    private void Check(TokenKind kind)
    {
        if (_current.Kind != kind) throw ErrorExpected(kind);
    }

    private void CheckNext(TokenKind kind)
    {
        Check(kind);
        Next();
    }

    private void CheckMatch(TokenKind what, TokenKind who, int where)
    {
        if (TestNext(what)) return;
        if (where == _lexer.Line) throw ErrorExpected(what);
        throw SyntaxError(DiagnosticCode.Expected,
            $"'{Token.KindText(what)}' expected (to close '{Token.KindText(who)}' at line {where})");
    }

    private string CheckName()
    {
        Check(TokenKind.Name);
        var name = _current.Name!;
        Next();
        return name;
    }

    private static bool BlockFollow(TokenKind kind) =>
        kind is TokenKind.Else or TokenKind.ElseIf or TokenKind.End or TokenKind.Until or TokenKind.EndOfFile;

    private void EnterLevel()
    {
        // The second test is a safety net only: 200 levels need far less stack than any thread has.
        if (++_level > MaxLevels || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw LexError(DiagnosticCode.TooManySyntaxLevels, "chunk has too many syntax levels");
    }

    private void LeaveLevel() => _level--;

    private LuaSyntaxException ErrorExpected(TokenKind kind) =>
        SyntaxError(DiagnosticCode.Expected, $"'{Token.KindText(kind)}' expected");

    /// <summary>luaX_syntaxerror: the message, then near the current token.</summary>
    private LuaSyntaxException SyntaxError(string code, string message) =>
        MakeError(code, message, _lexer.NearText(_current));

    /// <summary>luaX_lexerror with no token: no near part (limits, syntax levels).</summary>
    private LuaSyntaxException LexError(string code, string message) => MakeError(code, message, null);

    private LuaSyntaxException MakeError(string code, string message, string? near)
    {
        int line = _lexer.Line;
        int column = _current.Line == line ? _current.Column : _lexer.CurrentColumn;
        return new LuaSyntaxException(new Diagnostic(code, _lexer.Text.ChunkName, line, column, message, near));
    }

    private LuaSyntaxException ErrorLimit(FunctionState fs, int limit, string what)
    {
        var message = fs.LineDefined == 0
            ? $"main function has more than {limit} {what}"
            : $"function at line {fs.LineDefined} has more than {limit} {what}";
        return LexError(DiagnosticCode.LimitExceeded, message);
    }
}
