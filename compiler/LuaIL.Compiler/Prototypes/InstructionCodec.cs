using LuaIL.Compiler.Syntax;
using LuaIL.Runtime;
using static LuaIL.Compiler.Prototypes.ProtoSerializer;

namespace LuaIL.Compiler.Prototypes;

/// <summary>Writes and reads single instructions of the binary chunk format: a tag byte, then the fields in declaration order.</summary>
internal static class InstructionCodec
{
    private enum Tag : byte
    {
        Move, GetGlobal, SetGlobal, GetIndex, SetIndex, Arith, Unary, Concat, Compare, JumpCompare,
        JumpIf, Jump, Label, NewTable, SetList, Closure, DeclareLocal, Call, Vararg, Return, ForPrep, ForLoop,
    }

    public static void Write(Writer w, Instr instr)
    {
        switch (instr)
        {
            case MoveInstr m: Head(w, Tag.Move, m); Op(w, m.Dst); Op(w, m.Src); break;
            case GetGlobalInstr g: Head(w, Tag.GetGlobal, g); Op(w, g.Dst); w.Int(g.Name); break;
            case SetGlobalInstr s: Head(w, Tag.SetGlobal, s); w.Int(s.Name); Op(w, s.Src); break;
            case GetIndexInstr g: Head(w, Tag.GetIndex, g); Op(w, g.Dst); Op(w, g.Obj); Op(w, g.Key); break;
            case SetIndexInstr s: Head(w, Tag.SetIndex, s); Op(w, s.Obj); Op(w, s.Key); Op(w, s.Value); break;
            case ArithInstr a: Head(w, Tag.Arith, a); w.Int((int)a.Op); Op(w, a.Dst); Op(w, a.A); Op(w, a.B); break;
            case UnaryInstr u: Head(w, Tag.Unary, u); w.Int((int)u.Op); Op(w, u.Dst); Op(w, u.A); break;
            case ConcatInstr c: Head(w, Tag.Concat, c); Op(w, c.Dst); Ops(w, c.Parts); break;
            case CompareInstr c: Head(w, Tag.Compare, c); w.Int((int)c.Op); Op(w, c.Dst); Op(w, c.A); Op(w, c.B); break;
            case JumpCompareInstr j:
                Head(w, Tag.JumpCompare, j); w.Int((int)j.Op); Op(w, j.A); Op(w, j.B); w.Int(j.WhenTrue ? 1 : 0); w.Int(j.Target.Id);
                break;
            case JumpIfInstr j: Head(w, Tag.JumpIf, j); w.Int((int)j.Test); Op(w, j.Value); w.Int(j.Target.Id); break;
            case JumpInstr j: Head(w, Tag.Jump, j); w.Int(j.Target.Id); break;
            case LabelInstr l: Head(w, Tag.Label, l); w.Int(l.Label.Id); break;
            case NewTableInstr t: Head(w, Tag.NewTable, t); Op(w, t.Dst); w.Int(t.ArraySize); w.Int(t.HashSize); break;
            case SetListInstr s: Head(w, Tag.SetList, s); Op(w, s.Table); w.Int(s.Start); Ops(w, s.Values); w.Int(s.MultiTail ? 1 : 0); break;
            case ClosureInstr c: Head(w, Tag.Closure, c); Op(w, c.Dst); w.Int(c.Child); break;
            case DeclareLocalInstr d: Head(w, Tag.DeclareLocal, d); w.Int(d.Local); break;
            case CallInstr c:
                Head(w, Tag.Call, c); Op(w, c.Function); Ops(w, c.Args); w.Int(c.MultiArgs ? 1 : 0); w.Int((int)c.Mode);
                Ops(w, c.Results); w.Int(c.Site); w.Int(c.NoYield ? 1 : 0);
                break;
            case VarargInstr v: Head(w, Tag.Vararg, v); Ops(w, v.Results); w.Int(v.Multi ? 1 : 0); break;
            case ReturnInstr r: Head(w, Tag.Return, r); Ops(w, r.Values); w.Int(r.MultiTail ? 1 : 0); break;
            case ForPrepInstr f: Head(w, Tag.ForPrep, f); Op(w, f.Index); Op(w, f.Limit); Op(w, f.Step); break;
            case ForLoopInstr f: Head(w, Tag.ForLoop, f); Op(w, f.Index); Op(w, f.Limit); Op(w, f.Step); w.Int(f.Body.Id); break;
            default: throw new InvalidOperationException($"cannot serialize {instr.GetType().Name}");
        }
    }

    public static Instr Read(Reader r)
    {
        var tag = (Tag)r.Int();
        int line = r.Int();
        return tag switch
        {
            Tag.Move => new MoveInstr(line, Op(r), Op(r)),
            Tag.GetGlobal => new GetGlobalInstr(line, Op(r), r.Int()),
            Tag.SetGlobal => new SetGlobalInstr(line, r.Int(), Op(r)),
            Tag.GetIndex => new GetIndexInstr(line, Op(r), Op(r), Op(r)),
            Tag.SetIndex => new SetIndexInstr(line, Op(r), Op(r), Op(r)),
            Tag.Arith => new ArithInstr(line, Enum<ArithOp>(r), Op(r), Op(r), Op(r)),
            Tag.Unary => new UnaryInstr(line, Enum<UnaryOp>(r), Op(r), Op(r)),
            Tag.Concat => new ConcatInstr(line, Op(r), Ops(r)),
            Tag.Compare => new CompareInstr(line, Enum<CompareOp>(r), Op(r), Op(r), Op(r)),
            Tag.JumpCompare => new JumpCompareInstr(line, Enum<CompareOp>(r), Op(r), Op(r), r.Int() == 1, new Label(r.Int())),
            Tag.JumpIf => new JumpIfInstr(line, Enum<JumpTest>(r), Op(r), new Label(r.Int())),
            Tag.Jump => new JumpInstr(line, new Label(r.Int())),
            Tag.Label => new LabelInstr(line, new Label(r.Int())),
            Tag.NewTable => new NewTableInstr(line, Op(r), r.Int(), r.Int()),
            Tag.SetList => new SetListInstr(line, Op(r), r.Int(), Ops(r), r.Int() == 1),
            Tag.Closure => new ClosureInstr(line, Op(r), r.Int()),
            Tag.DeclareLocal => new DeclareLocalInstr(line, r.Int()),
            Tag.Call => new CallInstr(line, Op(r), Ops(r), r.Int() == 1, Enum<CallMode>(r), Ops(r), r.Int(), r.Int() == 1),
            Tag.Vararg => new VarargInstr(line, Ops(r), r.Int() == 1),
            Tag.Return => new ReturnInstr(line, Ops(r), r.Int() == 1),
            Tag.ForPrep => new ForPrepInstr(line, Op(r), Op(r), Op(r)),
            Tag.ForLoop => new ForLoopInstr(line, Op(r), Op(r), Op(r), new Label(r.Int())),
            _ => throw new ProtoFormatException("bad code"),
        };
    }

    private static void Head(Writer w, Tag tag, Instr instr)
    {
        w.Int((int)tag);
        w.Int(instr.Line);
    }

    private static void Op(Writer w, Operand op)
    {
        w.Int((int)op.Kind);
        w.Int(op.Index);
        w.NullableString(op.Desc);
    }

    private static void Ops(Writer w, Operand[] ops)
    {
        w.Int(ops.Length);
        foreach (var op in ops) Op(w, op);
    }

    private static Operand Op(Reader r)
    {
        var kind = Enum<OperandKind>(r);
        return new Operand(kind, r.Int(), r.NullableString());
    }

    private static Operand[] Ops(Reader r)
    {
        var ops = new Operand[r.Count()];
        for (int i = 0; i < ops.Length; i++) ops[i] = Op(r);
        return ops;
    }

    private static T Enum<T>(Reader r) where T : struct, Enum
    {
        int v = r.Int();
        var value = (T)(object)v;
        return System.Enum.IsDefined(value) ? value : throw new ProtoFormatException("bad code");
    }
}
