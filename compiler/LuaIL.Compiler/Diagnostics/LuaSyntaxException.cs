namespace LuaIL.Compiler.Diagnostics;

/// <summary>Unwinds the lexer or parser at the first error (Lua stops there too); always caught at the API boundary.</summary>
internal sealed class LuaSyntaxException(Diagnostic diagnostic) : Exception(diagnostic.LuaMessage)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
