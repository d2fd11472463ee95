using System.Globalization;
using System.Text;

namespace LuaIL.Compiler.Syntax;

/// <summary>Prints a syntax tree as an indented outline (<c>Kind@line details</c>), for <c>luac-il dump --stage ast</c> and golden tests.</summary>
/// <remarks>Walks with an explicit stack: a 200,000-term left-deep chain prints without recursion.</remarks>
public static class AstPrinter
{
    private const int MaxIndent = 60;

    private readonly record struct Item(object Value, int Depth);

    public static string Print(Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var sb = new StringBuilder();
        sb.Append("Chunk ");
        AppendQuoted(sb, Encoding.Latin1.GetBytes(chunk.ChunkName));
        sb.Append('\n');
        var stack = new Stack<Item>();
        stack.Push(new Item(chunk.Main, 1));
        var children = new List<object>();
        while (stack.Count > 0)
        {
            var (value, depth) = stack.Pop();
            // Indentation is capped so a 200,000-deep chain prints in linear space; deeper lines carry their depth.
            sb.Append(' ', Math.Min(depth, MaxIndent) * 2);
            if (depth > MaxIndent) sb.Append('[').Append(depth).Append("] ");
            children.Clear();
            if (value is string label) sb.Append(label);
            else if (value is Group g)
            {
                sb.Append(g.Label);
                children.AddRange(g.Items);
            }
            else Describe((Node)value, sb, children);
            sb.Append('\n');
            for (int i = children.Count - 1; i >= 0; i--)
                stack.Push(new Item(children[i], depth + 1));
        }
        return sb.ToString();
    }

    private sealed record Group(string Label, IEnumerable<object> Items);

    private static Group Labeled(string label, IEnumerable<Node> nodes) => new(label, nodes);

    // Appends the node's header line and lists the children to print under it.
    private static void Describe(Node node, StringBuilder sb, List<object> children)
    {
        sb.Append(Name(node)).Append('@').Append(node.Line);
        switch (node)
        {
            case NilExpr or VarargExpr or BreakStmt:
                break;
            case BoolExpr b:
                sb.Append(b.Value ? " true" : " false");
                break;
            case NumberExpr n:
                sb.Append(' ').Append(n.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case StringExpr s:
                sb.Append(' ');
                AppendQuoted(sb, s.Value);
                break;
            case NameExpr n:
                sb.Append(' ').Append(n.Name);
                break;
            case IndexExpr ix when ix.IsDotted:
                sb.Append(" .").Append(Encoding.Latin1.GetString(((StringExpr)ix.Key).Value));
                children.Add(ix.Object);
                break;
            case IndexExpr ix:
                children.Add(ix.Object);
                children.Add(ix.Key);
                break;
            case CallExpr c:
                children.Add(c.Function);
                if (c.Args.Count > 0) children.Add(Labeled("args", c.Args));
                break;
            case MethodCallExpr m:
                sb.Append(" :").Append(m.Method);
                children.Add(m.Object);
                if (m.Args.Count > 0) children.Add(Labeled("args", m.Args));
                break;
            case FunctionExpr f:
                children.Add(f.Body);
                break;
            case ParenExpr p:
                children.Add(p.Inner);
                break;
            case BinaryExpr b:
                sb.Append(' ').Append(b.Op);
                children.Add(b.Left);
                children.Add(b.Right);
                break;
            case UnaryExpr u:
                sb.Append(' ').Append(u.Op);
                children.Add(u.Operand);
                break;
            case TableExpr t:
                children.AddRange(t.Fields);
                break;
            case TableField f:
                if (f.Key is null) children.Add(f.Value);
                else
                {
                    children.Add(Labeled("key", [f.Key]));
                    children.Add(Labeled("value", [f.Value]));
                }
                break;
            case Block b:
                sb.Append(" end@").Append(b.EndLine);
                children.AddRange(b.Statements);
                break;
            case LocalStmt l:
                sb.Append(' ').AppendJoin(", ", l.Names);
                children.AddRange(l.Values);
                break;
            case LocalFunctionStmt lf:
                sb.Append(' ').Append(lf.Name);
                children.Add(lf.Body);
                break;
            case FunctionStmt fs:
                children.Add(Labeled("target", [fs.Target]));
                children.Add(fs.Body);
                break;
            case AssignStmt a:
                children.Add(Labeled("targets", a.Targets));
                children.Add(Labeled("values", a.Values));
                break;
            case CallStmt c:
                children.Add(c.Call);
                break;
            case DoStmt d:
                children.Add(d.Body);
                break;
            case WhileStmt w:
                children.Add(w.Condition);
                children.Add(w.Body);
                break;
            case RepeatStmt r:
                children.Add(r.Body);
                children.Add(Labeled("until", [r.Condition]));
                break;
            case IfStmt i:
                for (int k = 0; k < i.Clauses.Count; k++)
                    children.Add(Labeled(k == 0 ? "if" : "elseif", [i.Clauses[k].Condition, i.Clauses[k].Body]));
                if (i.Else is not null) children.Add(Labeled("else", [i.Else]));
                break;
            case NumericForStmt nf:
                sb.Append(' ').Append(nf.Variable);
                children.Add(nf.Start);
                children.Add(nf.Limit);
                if (nf.Step is not null) children.Add(nf.Step);
                children.Add(nf.Body);
                break;
            case GenericForStmt gf:
                sb.Append(' ').AppendJoin(", ", gf.Names);
                children.Add(Labeled("in", gf.Values));
                children.Add(gf.Body);
                break;
            case ReturnStmt r:
                children.AddRange(r.Values);
                break;
            case FunctionBody fb:
                if (fb.Name is not null) sb.Append(' ').Append(fb.Name);
                sb.Append(" (").AppendJoin(", ", fb.Parameters);
                if (fb.IsVararg) sb.Append(fb.Parameters.Count > 0 ? ", ..." : "...");
                sb.Append(") end@").Append(fb.EndLine);
                children.Add(fb.Body);
                break;
        }
    }

    private static string Name(Node node) => node switch
    {
        NilExpr => "Nil",
        BoolExpr => "Bool",
        NumberExpr => "Number",
        StringExpr => "String",
        VarargExpr => "Vararg",
        NameExpr => "Name",
        IndexExpr => "Index",
        CallExpr => "Call",
        MethodCallExpr => "MethodCall",
        FunctionExpr => "FunctionExpr",
        ParenExpr => "Paren",
        BinaryExpr => "Binary",
        UnaryExpr => "Unary",
        TableExpr => "Table",
        TableField f => f.Key is null ? "Item" : "Field",
        Block => "Block",
        LocalStmt => "Local",
        LocalFunctionStmt => "LocalFunction",
        FunctionStmt => "FunctionStmt",
        AssignStmt => "Assign",
        CallStmt => "CallStmt",
        DoStmt => "Do",
        WhileStmt => "While",
        RepeatStmt => "Repeat",
        IfStmt => "If",
        NumericForStmt => "NumericFor",
        GenericForStmt => "GenericFor",
        ReturnStmt => "Return",
        BreakStmt => "Break",
        FunctionBody => "Function",
        _ => node.GetType().Name,
    };

    private static void AppendQuoted(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        sb.Append('"');
        foreach (byte b in bytes)
        {
            if (b == '"' || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b < 32 || b >= 127) sb.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        sb.Append('"');
    }
}
