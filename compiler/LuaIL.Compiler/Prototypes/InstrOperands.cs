namespace LuaIL.Compiler.Prototypes;

/// <summary>Rewrites the operands of an instruction, for passes over the code such as the builder's constant numbering.</summary>
internal static class InstrOperands
{
    public static Instr Map(Instr instr, Func<Operand, Operand> f)
    {
        Operand[] All(Operand[] ops) => Array.ConvertAll(ops, o => f(o));
        return instr switch
        {
            MoveInstr m => m with { Dst = f(m.Dst), Src = f(m.Src) },
            GetGlobalInstr g => g with { Dst = f(g.Dst) },
            SetGlobalInstr s => s with { Src = f(s.Src) },
            GetIndexInstr g => g with { Dst = f(g.Dst), Obj = f(g.Obj), Key = f(g.Key) },
            SetIndexInstr s => s with { Obj = f(s.Obj), Key = f(s.Key), Value = f(s.Value) },
            ArithInstr a => a with { Dst = f(a.Dst), A = f(a.A), B = f(a.B) },
            UnaryInstr u => u with { Dst = f(u.Dst), A = f(u.A) },
            ConcatInstr c => c with { Dst = f(c.Dst), Parts = All(c.Parts) },
            CompareInstr c => c with { Dst = f(c.Dst), A = f(c.A), B = f(c.B) },
            JumpCompareInstr j => j with { A = f(j.A), B = f(j.B) },
            JumpIfInstr j => j with { Value = f(j.Value) },
            NewTableInstr t => t with { Dst = f(t.Dst) },
            SetListInstr s => s with { Table = f(s.Table), Values = All(s.Values) },
            ClosureInstr c => c with { Dst = f(c.Dst) },
            CallInstr c => c with { Function = f(c.Function), Args = All(c.Args), Results = All(c.Results) },
            VarargInstr v => v with { Results = All(v.Results) },
            ReturnInstr r => r with { Values = All(r.Values) },
            ForPrepInstr p => p with { Index = f(p.Index), Limit = f(p.Limit), Step = f(p.Step) },
            ForLoopInstr l => l with { Index = f(l.Index), Limit = f(l.Limit), Step = f(l.Step) },
            _ => instr,
        };
    }
}
