using System.Text;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One compiler message. Texts hold source bytes one char per byte (Latin-1), so
/// <see cref="LuaMessage"/> turns back into the exact bytes lua5.1 prints.
/// </summary>
/// <param name="Code">A stable code per kind of mistake, e.g. <c>LUA1001</c> (see <see cref="DiagnosticCode"/>).</param>
/// <param name="ChunkName">The chunk name as Lua gives it (<c>@x.lua</c>, <c>=stdin</c>, or source text).</param>
/// <param name="Line">The line lua5.1 reports.</param>
/// <param name="Column">1-based byte column on <paramref name="Line"/>; lua5.1 has none, we point at the offending token.</param>
/// <param name="Message">The bare message, without position or <c>near</c> part.</param>
/// <param name="Near">The token text lua5.1 shows after <c>near</c>, or null when it shows none.</param>
public sealed record Diagnostic(
    string Code,
    string ChunkName,
    int Line,
    int Column,
    string Message,
    string? Near,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>The file path for MSBuild output: the chunk name without its <c>@</c>/<c>=</c>, or the <c>[string "..."]</c> form.</summary>
    public string FilePath => ChunkName.StartsWith('@') || ChunkName.StartsWith('=') ? ChunkName[1..] : LuaChunkId.Format(ChunkName, LuaChunkId.SyntaxErrorSize);

    /// <summary>Exactly what lua5.1 prints after <c>lua5.1: </c> (and what <c>loadstring</c> returns) for this error.</summary>
    public string LuaMessage
    {
        get
        {
            var head = $"{LuaChunkId.Format(ChunkName, LuaChunkId.SyntaxErrorSize)}:{Line}: {Message}";
            return Near is null ? head : $"{head} near '{Near}'";
        }
    }

    /// <summary>MSBuild's canonical form: <c>path(line,col): error LUA1001: message</c>.</summary>
    public string ToCanonicalString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var message = Near is null ? Message : $"{Message} near '{Near}'";
        return $"{AsDisplayText(FilePath)}({Line},{Column}): {severity} {Code}: {AsDisplayText(message)}";
    }

    public override string ToString() => LuaMessage;

    // Byte-per-char texts are shown as UTF-8 when they are valid UTF-8, so editors show 'é', not 'Ã©'.
    private static string AsDisplayText(string latin1)
    {
        foreach (char c in latin1)
        {
            if (c > 0x7F)
            {
                var bytes = Encoding.Latin1.GetBytes(latin1);
                try
                {
                    return new UTF8Encoding(false, true).GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    return latin1;
                }
            }
        }
        return latin1;
    }
}

/// <summary>The diagnostic codes, one per kind of mistake.</summary>
public static class DiagnosticCode
{
    /// <summary><c>'x' expected</c>, with or without <c>(to close ...)</c>; also <c>'=' or 'in' expected</c>, <c>&lt;name&gt; or '...' expected</c>.</summary>
    public const string Expected = "LUA1001";
    public const string UnexpectedSymbol = "LUA1002";
    public const string FunctionArgumentsExpected = "LUA1003";
    public const string AmbiguousSyntax = "LUA1004";
    public const string VarargOutsideVarargFunction = "LUA1005";
    public const string NoLoopToBreak = "LUA1006";
    /// <summary>5.1's plain <c>syntax error</c>: assignment to something that is not a variable.</summary>
    public const string NotAssignable = "LUA1007";
    public const string TooManySyntaxLevels = "LUA1008";
    /// <summary>A 5.1 compile-time limit: locals, upvalues, variables in assignment, items in a constructor.</summary>
    public const string LimitExceeded = "LUA1009";
    public const string UnfinishedString = "LUA1101";
    public const string UnfinishedLongString = "LUA1102";
    public const string UnfinishedLongComment = "LUA1103";
    public const string InvalidLongStringDelimiter = "LUA1104";
    public const string NestedLongString = "LUA1105";
    public const string EscapeSequenceTooLarge = "LUA1106";
    public const string MalformedNumber = "LUA1107";
}
