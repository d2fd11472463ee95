using System.Globalization;
using System.Text;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Syntax;

/// <summary>Prints tokens one per line as <c>line:col KIND text</c>, for <c>luac-il dump --stage tokens</c>.</summary>
public static class TokenPrinter
{
    /// <summary>All tokens of <paramref name="text"/>, then the lexical error if there is one.</summary>
    public static string Print(SourceText text)
    {
        var result = Lexer.Tokenize(text);
        var sb = new StringBuilder();
        var bytes = text.Bytes.Span;
        foreach (var t in result.Tokens)
        {
            sb.Append(t.Line).Append(':').Append(t.Column).Append(' ').Append(t.Kind);
            if (t.Length > 0)
            {
                sb.Append(' ');
                AppendEscaped(sb, bytes.Slice(t.Offset, t.Length));
            }
            if (t.Kind == TokenKind.Number)
                sb.Append(" = ").Append(t.NumberValue.ToString("R", CultureInfo.InvariantCulture));
            sb.Append('\n');
        }
        foreach (var d in result.Diagnostics)
            sb.Append("error: ").Append(d.LuaMessage).Append('\n');
        return sb.ToString();
    }

    /// <summary>Bytes as printable ASCII, with <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\ddd</c> for the rest, so a token stays on one line.</summary>
    internal static void AppendEscaped(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                default:
                    if (b < 32 || b >= 127) sb.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
                    else sb.Append((char)b);
                    break;
            }
        }
    }
}
