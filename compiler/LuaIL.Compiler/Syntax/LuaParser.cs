using LuaIL.Compiler.Diagnostics;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Syntax;

/// <summary>The front end's entry point: source bytes in, a syntax tree or the first syntax error out.</summary>
public static class LuaParser
{
    /// <summary>Parses a chunk; stops at the first error, as lua5.1 does.</summary>
    public static ParseResult Parse(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return new ParseResult(new Parser(text).ParseChunk(), []);
        }
        catch (LuaSyntaxException e)
        {
            return new ParseResult(null, [e.Diagnostic]);
        }
    }
}

/// <summary>What <see cref="LuaParser.Parse"/> produced: a chunk when there was no error.</summary>
public sealed class ParseResult(Chunk? chunk, IReadOnlyList<Diagnostic> diagnostics)
{
    public Chunk? Chunk { get; } = chunk;
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
    public bool Success => Chunk is not null && Diagnostics.Count == 0;
}
