namespace LuaIL.Compiler.Prototypes;

/// <summary>Checks the invariants of <see cref="CompilationProto"/> that the lowering relies on, for prototypes read from binary chunks.</summary>
/// <remarks>
/// The builder establishes these by construction; a binary chunk may be damaged or hostile. Anything
/// that passes yields verifiable IL: operand indices are in range, stores go to places, every label
/// is placed once, "multi" values are consumed by the instruction right after their producer, and
/// upvalues name captured locals or existing upvalues of the parent.
/// </remarks>
internal static class ProtoValidator
{
    public static void Validate(CompilationProto p, CompilationProto? parent)
    {
        Check(p.ParameterCount >= 0 && p.ParameterCount <= p.Locals.Count && p.TempCount >= 0 && p.LabelCount >= 0);
        Check(!p.NeedsArgTable || p.IsVararg);
        if (p.IsVararg && p.LineDefined > 0) Check(p.Locals.Count > p.ParameterCount); // the 'arg' local
        foreach (var u in p.Upvalues)
        {
            // A dumped function keeps its upvalue slots; loaded as a chunk of its own they start nil.
            if (parent is null) continue;
            if (u.FromParentLocal) Check(u.Index >= 0 && u.Index < parent!.Locals.Count && parent.Locals[u.Index].Captured);
            else Check(u.Index >= 0 && u.Index < parent!.Upvalues.Count);
        }
        var placed = new bool[p.LabelCount];
        foreach (var instr in p.Code)
            if (instr is LabelInstr l)
            {
                Check(l.Label.Id >= 0 && l.Label.Id < p.LabelCount && !placed[l.Label.Id]);
                placed[l.Label.Id] = true;
            }
        bool multiPending = false;
        foreach (var instr in p.Code)
        {
            bool consumesMulti = instr is CallInstr { MultiArgs: true } or SetListInstr { MultiTail: true } or ReturnInstr { MultiTail: true };
            Check(consumesMulti == multiPending);
            multiPending = instr is CallInstr { Mode: CallMode.Multi } or VarargInstr { Multi: true };
            CheckInstruction(p, instr, placed);
        }
        Check(!multiPending && p.Code.Count > 0 && p.Code[^1] is ReturnInstr);
        foreach (var child in p.Children) Validate(child, p);
    }

    private static void CheckInstruction(CompilationProto p, Instr instr, bool[] placed)
    {
        switch (instr)
        {
            case MoveInstr m: Place(p, m.Dst); Value(p, m.Src); break;
            case GetGlobalInstr g: Place(p, g.Dst); StringConstant(p, g.Name); break;
            case SetGlobalInstr s: StringConstant(p, s.Name); Value(p, s.Src); break;
            case GetIndexInstr g: Place(p, g.Dst); Value(p, g.Obj); Value(p, g.Key); break;
            case SetIndexInstr s: Value(p, s.Obj); Value(p, s.Key); Value(p, s.Value); break;
            case ArithInstr a: Place(p, a.Dst); Value(p, a.A); Value(p, a.B); break;
            case UnaryInstr u: Place(p, u.Dst); Value(p, u.A); break;
            case ConcatInstr c:
                // All operands but the last are temps: the lowering reuses them for partial results.
                Place(p, c.Dst);
                Check(c.Parts.Length >= 2);
                for (int i = 0; i < c.Parts.Length - 1; i++) Temp(p, c.Parts[i]);
                Value(p, c.Parts[^1]);
                break;
            case CompareInstr c: Place(p, c.Dst); Value(p, c.A); Value(p, c.B); break;
            case JumpCompareInstr j: Value(p, j.A); Value(p, j.B); Target(j.Target, placed); break;
            case JumpIfInstr j: Value(p, j.Value); Target(j.Target, placed); break;
            case JumpInstr j: Target(j.Target, placed); break;
            case LabelInstr: break;
            case NewTableInstr t: Place(p, t.Dst); Check(t.ArraySize >= 0 && t.HashSize >= 0); break;
            case SetListInstr s: Value(p, s.Table); Check(s.Start >= 1); foreach (var v in s.Values) Value(p, v); break;
            case ClosureInstr c: Place(p, c.Dst); Check(c.Child >= 0 && c.Child < p.Children.Count); break;
            case DeclareLocalInstr d: Check(d.Local >= 0 && d.Local < p.Locals.Count); break;
            case CallInstr c:
                Value(p, c.Function);
                foreach (var a in c.Args) Value(p, a);
                foreach (var r in c.Results) Place(p, r);
                Check(c.Site >= 0 && c.Site < p.Sites.Count && (c.Mode == CallMode.Fixed) == (c.Results.Length > 0));
                break;
            case VarargInstr v:
                Check(p.IsVararg && (v.Multi ? v.Results.Length == 0 : v.Results.Length > 0));
                foreach (var r in v.Results) Place(p, r);
                break;
            case ReturnInstr r: foreach (var v in r.Values) Value(p, v); break;
            case ForPrepInstr f: Temp(p, f.Index); Temp(p, f.Limit); Temp(p, f.Step); break;
            case ForLoopInstr f: Temp(p, f.Index); Temp(p, f.Limit); Temp(p, f.Step); Target(f.Body, placed); break;
            default: Check(false); break;
        }
    }

    private static void Value(CompilationProto p, Operand op)
    {
        switch (op.Kind)
        {
            case OperandKind.Local: Check(op.Index >= 0 && op.Index < p.Locals.Count); break;
            case OperandKind.Temp: Check(op.Index >= 0 && op.Index < p.TempCount); break;
            case OperandKind.Upvalue: Check(op.Index >= 0 && op.Index < p.Upvalues.Count); break;
            case OperandKind.Constant: Check(op.Index >= 0 && op.Index < p.Constants.Count); break;
        }
    }

    private static void Place(CompilationProto p, Operand op)
    {
        Check(op.Kind is OperandKind.Local or OperandKind.Temp or OperandKind.Upvalue);
        Value(p, op);
    }

    private static void Temp(CompilationProto p, Operand op) => Check(op.Kind == OperandKind.Temp && op.Index >= 0 && op.Index < p.TempCount);

    private static void StringConstant(CompilationProto p, int index) => Check(index >= 0 && index < p.Constants.Count && p.Constants[index].IsString);

    private static void Target(Label label, bool[] placed) => Check(label.Id >= 0 && label.Id < placed.Length && placed[label.Id]);

    private static void Check(bool ok)
    {
        if (!ok) throw new ProtoFormatException("bad code");
    }
}
