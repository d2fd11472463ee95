using System.Text;

namespace LuaIL.Compiler.Prototypes;

/// <summary>Renders a prototype tree as text, one instruction a line, for <c>luac-il dump --stage proto</c> and golden tests.</summary>
public static class ProtoPrinter
{
    public static string Print(CompilationProto proto)
    {
        var sb = new StringBuilder();
        Print(proto, "main", sb);
        return sb.ToString();
    }

    private static void Print(CompilationProto p, string path, StringBuilder sb)
    {
        sb.Append($"function {path} <{p.Name ?? "?"}:{p.LineDefined},{p.LastLineDefined}> params={p.ParameterCount}{(p.IsVararg ? " vararg" : "")}{(p.NeedsArgTable ? " arg-table" : "")} temps={p.TempCount}\n");
        for (int i = 0; i < p.Constants.Count; i++) sb.Append($"  const K{i} = {p.Constants[i]}\n");
        for (int i = 0; i < p.Locals.Count; i++)
        {
            var l = p.Locals[i];
            sb.Append($"  local L{i} {l.Name} [{l.StartPc},{l.EndPc}){(l.Captured ? " captured" : "")}\n");
        }
        for (int i = 0; i < p.Upvalues.Count; i++)
        {
            var u = p.Upvalues[i];
            sb.Append($"  upvalue U{i} {u.Name} <- {(u.FromParentLocal ? "L" : "U")}{u.Index}\n");
        }
        for (int pc = 0; pc < p.Code.Count; pc++)
            sb.Append($"  {pc,4} [{p.Code[pc].Line,3}] {Format(p.Code[pc], p)}\n");
        for (int i = 0; i < p.Children.Count; i++)
        {
            sb.Append('\n');
            Print(p.Children[i], $"{path}.{i}", sb);
        }
    }

    private static string List(Operand[] ops) => string.Join(" ", ops.Select(o => o.ToString()));

    private static string Format(Instr instr, CompilationProto p) => instr switch
    {
        MoveInstr m => $"MOVE       {m.Dst} {m.Src}",
        GetGlobalInstr g => $"GETGLOBAL  {g.Dst} K{g.Name}   ; {p.Constants[g.Name]}",
        SetGlobalInstr s => $"SETGLOBAL  K{s.Name} {s.Src}   ; {p.Constants[s.Name]}",
        GetIndexInstr g => $"GETINDEX   {g.Dst} {g.Obj} {g.Key}",
        SetIndexInstr s => $"SETINDEX   {s.Obj} {s.Key} {s.Value}",
        ArithInstr a => $"{a.Op.ToString().ToUpperInvariant(),-10} {a.Dst} {a.A} {a.B}",
        UnaryInstr u => $"{u.Op.ToString().ToUpperInvariant(),-10} {u.Dst} {u.A}",
        ConcatInstr c => $"CONCAT     {c.Dst} {string.Join(" ", c.Parts)}",
        CompareInstr c => $"{c.Op.ToString().ToUpperInvariant(),-10} {c.Dst} {c.A} {c.B}",
        JumpCompareInstr j => $"JMP{j.Op.ToString().ToUpperInvariant(),-7} {j.A} {j.B} {(j.WhenTrue ? "true" : "false")} {j.Target}",
        JumpIfInstr j => $"JMPIF      {j.Test.ToString().ToLowerInvariant()} {j.Value} {j.Target}",
        JumpInstr j => $"JMP        {j.Target}",
        LabelInstr l => $"{l.Label}:",
        NewTableInstr t => $"NEWTABLE   {t.Dst} {t.ArraySize} {t.HashSize}",
        SetListInstr s => $"SETLIST    {s.Table} {s.Start} [{List(s.Values)}]{(s.MultiTail ? " +multi" : "")}",
        ClosureInstr c => $"CLOSURE    {c.Dst} F{c.Child}",
        DeclareLocalInstr d => $"LOCAL      L{d.Local}",
        CallInstr c => $"CALL       {c.Function} [{List(c.Args)}]{(c.MultiArgs ? " +multi" : "")} {c.Mode.ToString().ToLowerInvariant()} [{List(c.Results)}]   ; site {c.Site}",
        VarargInstr v => v.Multi ? "VARARG     multi" : $"VARARG     [{List(v.Results)}]",
        ReturnInstr r => $"RETURN     [{List(r.Values)}]{(r.MultiTail ? " +multi" : "")}",
        ForPrepInstr f => $"FORPREP    {f.Index} {f.Limit} {f.Step}",
        ForLoopInstr f => $"FORLOOP    {f.Index} {f.Limit} {f.Step} {f.Body}",
        _ => instr.ToString(),
    };
}
