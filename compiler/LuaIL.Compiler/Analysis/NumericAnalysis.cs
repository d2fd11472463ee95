using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Syntax;

namespace LuaIL.Compiler.Analysis;

/// <summary>Which registers hold a number at each instruction of a prototype: a forward must-analysis over its code and labels.</summary>
/// <remarks>
/// Registers are the uncaptured locals (0 .. Locals.Count-1) and the temps after them, as in the
/// resumable frame. A register is a number before instruction <c>pc</c> when every path from the
/// entry writes it last with a number: a number constant, a number register, arithmetic or unary
/// minus of numbers (no metamethod can run then), or the coerced values of a numeric <c>for</c>
/// after its prep (which raises 5.1's <c>'for' ... must be a number</c> otherwise). Everything else
/// — call results, table reads, <c>#</c> (<c>__len</c> of userdata may return anything), arithmetic
/// with an operand not proven a number (<c>__add</c> may return anything) — is unknown, as is every
/// register at entry (parameters; nil otherwise). Captured locals and upvalues are never tracked: a
/// closure may write them at any call.
/// At a label the states of all incoming edges meet (intersection); loops iterate to the greatest
/// fixpoint, starting from "all numbers" everywhere but the entry, so unreachable code stays "all".
/// A backward liveness pass over the same edges tells which registers an edge must box.
/// </remarks>
internal sealed partial class NumericAnalysis
{
    private readonly CompilationProto _proto;
    private readonly int _words;
    private readonly ulong[][] _before;
    private readonly ulong[][] _after;
    private readonly ulong[][] _jump;
    private readonly bool[] _reachable;
    private readonly ulong[] _ever;
    private ulong[][] _live = [];

    // A tail version's assumption: these registers hold numbers on entry to instruction _assumeAt.
    private readonly int _assumeAt = -1;
    private readonly ulong[]? _assumed;

    private NumericAnalysis(CompilationProto proto, int assumeAt = -1, ulong[]? assumed = null)
    {
        _proto = proto;
        _assumeAt = assumeAt;
        _assumed = assumed;
        RegisterCount = proto.Locals.Count + proto.TempCount;
        _words = (RegisterCount + 63) / 64;
        _before = new ulong[proto.Code.Count][];
        _after = new ulong[proto.Code.Count][];
        _jump = new ulong[proto.Code.Count][];
        _reachable = new bool[proto.Code.Count];
        _ever = new ulong[_words];
    }

    /// <summary>Locals then temps.</summary>
    public int RegisterCount { get; }

    public static NumericAnalysis Run(CompilationProto proto)
    {
        var a = new NumericAnalysis(proto);
        a.Solve();
        return a;
    }

    /// <summary>The register an operand names, or -1 when it is not a tracked register.</summary>
    public int RegisterOf(Operand op) => op.Kind switch
    {
        OperandKind.Local when !_proto.Locals[op.Index].Captured => op.Index,
        OperandKind.Temp => _proto.Locals.Count + op.Index,
        _ => -1,
    };

    /// <summary>True when register <paramref name="reg"/> holds a number just before instruction <paramref name="pc"/> runs.</summary>
    public bool NumberBefore(int pc, int reg) => reg >= 0 && _reachable[pc] && Has(_before[pc], reg);

    /// <summary>True when register <paramref name="reg"/> holds a number just after instruction <paramref name="pc"/> ran, when it goes on to the next one.</summary>
    public bool NumberAfter(int pc, int reg) => reg >= 0 && _reachable[pc] && Has(_after[pc], reg);

    /// <summary>
    /// The registers a comparison proves numbers without writing them: 5.1 orders only two values of
    /// the same type (<c>attempt to compare</c> otherwise, metamethods or not), and only a number
    /// equals a number. They hold numbers after <paramref name="pc"/> (on the jump or on the next
    /// instruction) but not before.
    /// </summary>
    public IEnumerable<int> Refined(int pc)
    {
        if (!_reachable[pc] || _proto.Code[pc] is not (CompareInstr or JumpCompareInstr)) yield break;
        for (int r = 0; r < RegisterCount; r++)
            if (!Has(_before[pc], r) && (Has(_after[pc], r) || (_jump[pc] is { } j && Has(j, r)))) yield return r;
    }

    /// <summary>True when <paramref name="reg"/> holds a number at some instruction (it needs a <c>double</c> home).</summary>
    public bool EverNumber(int reg) => Has(_ever, reg);

    /// <summary>The registers that are numbers when <paramref name="from"/> jumps (<paramref name="jump"/>) or goes on, but not on entry to instruction <paramref name="to"/> (a label): their boxed form must be written on that edge.</summary>
    public IEnumerable<int> LostOnEdge(int from, bool jump, int to)
    {
        if (!_reachable[from]) yield break;
        var state = jump ? _jump[from] : _after[from];
        for (int r = 0; r < RegisterCount; r++)
            if (Has(state, r) && !Has(_before[to], r) && Has(_live[to], r)) yield return r;
    }

    /// <summary>
    /// True when register <paramref name="reg"/> may be read after instruction <paramref name="pc"/> (which
    /// falls through) before anything writes it, not counting what <paramref name="pc"/> itself writes.
    /// </summary>
    public bool LiveAfter(int pc, int reg)
    {
        if (reg < 0 || pc + 1 >= _proto.Code.Count || !Has(_live[pc + 1], reg)) return false;
        foreach (var k in Kills(_proto.Code[pc]))
            if (RegisterOf(k) == reg) return false;
        return true;
    }

    /// <summary>The instruction index of each label.</summary>
    public int[] LabelPositions()
    {
        var at = new int[_proto.LabelCount];
        Array.Fill(at, -1);
        for (int i = 0; i < _proto.Code.Count; i++)
            if (_proto.Code[i] is LabelInstr l) at[l.Label.Id] = i;
        return at;
    }

    /// <summary>The label an instruction may jump to, if any.</summary>
    public static Label? JumpTarget(Instr instr) => instr switch
    {
        JumpInstr j => j.Target,
        JumpCompareInstr j => j.Target,
        JumpIfInstr j => j.Target,
        ForLoopInstr f => f.Body,
        _ => null,
    };

    /// <summary>The index of the FORLOOP closing the numeric <c>for</c> prepared at <paramref name="prep"/>, or -1.</summary>
    public static int ForLoopOf(IReadOnlyList<Instr> code, int prep)
    {
        if (code[prep] is not ForPrepInstr f) return -1;
        for (int pc = prep + 1; pc < code.Count; pc++)
            if (code[pc] is ForLoopInstr l && l.Index.SamePlace(f.Index)) return pc;
        return -1;
    }

    /// <summary>False when control never reaches the next instruction from this one.</summary>
    public static bool FallsThrough(Instr instr) => instr is not (JumpInstr or ReturnInstr);

    private void Solve()
    {
        var code = _proto.Code;
        int n = code.Count;
        var labelAt = LabelPositions();
        MarkReachable(labelAt);
        // Jumps into each instruction (only labels have any).
        var incoming = new List<int>[n];
        for (int i = 0; i < n; i++)
            if (JumpTarget(code[i]) is { } t && labelAt[t.Id] >= 0)
                (incoming[labelAt[t.Id]] ??= []).Add(i);

        for (int i = 0; i < n; i++)
        {
            _before[i] = Full();
            _after[i] = Full();
            if (JumpTarget(code[i]) is not null) _jump[i] = Full();
        }
        // Scratch states, copied into an instruction's own arrays only when they changed: the loop allocates nothing.
        var state = new ulong[_words];
        var after = new ulong[_words];
        var jump = new ulong[_words];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = 0; i < n; i++)
            {
                Array.Fill(state, i == 0 ? 0 : ulong.MaxValue);
                if (i > 0 && FallsThrough(code[i - 1])) And(state, _after[i - 1]);
                if (incoming[i] is { } preds)
                    foreach (var p in preds) And(state, _jump[p]);
                if (i == _assumeAt) Or(state, _assumed!);
                changed |= CopyIfChanged(state, _before[i]);
                state.CopyTo(after, 0);
                Transfer(code[i], state, after);
                if (_jump[i] is { } jumpState)
                {
                    after.CopyTo(jump, 0);
                    Refine(code[i], state, after, jump);
                    changed |= CopyIfChanged(jump, jumpState);
                }
                changed |= CopyIfChanged(after, _after[i]);
            }
        }
        for (int i = 0; i < n; i++)
            if (_reachable[i])
                for (int w = 0; w < _words; w++) _ever[w] |= _after[i][w] | (_jump[i]?[w] ?? 0);
        SolveLiveness(labelAt);
    }

    /// <summary>
    /// Which registers some path from each instruction reads before writing: only those need their
    /// boxed form on an edge (a temp of a finished statement, or a local out of scope, does not).
    /// An instruction this pass does not know reads everything.
    /// </summary>
    private void SolveLiveness(int[] labelAt)
    {
        var code = _proto.Code;
        int n = code.Count;
        // What each instruction kills and reads, found once: the fixpoint visits every instruction on each round.
        var kills = new ulong[n][];
        var reads = new ulong[n][];
        _live = new ulong[n][];
        for (int i = 0; i < n; i++)
        {
            _live[i] = new ulong[_words];
            kills[i] = Registers(Kills(code[i]));
            reads[i] = Reads(code[i]) is { } rs ? Registers(rs) : Full();
        }
        var live = new ulong[_words];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = n - 1; i >= 0; i--)
            {
                Array.Clear(live);
                if (FallsThrough(code[i]) && i + 1 < n) Or(live, _live[i + 1]);
                if (JumpTarget(code[i]) is { } t && labelAt[t.Id] >= 0) Or(live, _live[labelAt[t.Id]]);
                for (int w = 0; w < _words; w++) live[w] = (live[w] & ~kills[i][w]) | reads[i][w];
                changed |= CopyIfChanged(live, _live[i]);
            }
        }
    }

    /// <summary>Copies <paramref name="state"/> into <paramref name="home"/>; true when that changed it.</summary>
    private static bool CopyIfChanged(ulong[] state, ulong[] home)
    {
        if (Same(state, home)) return false;
        state.CopyTo(home, 0);
        return true;
    }

    private ulong[] Registers(Operand[] operands)
    {
        var set = new ulong[_words];
        foreach (var op in operands)
            if (RegisterOf(op) is var r and >= 0) Set(set, r);
        return set;
    }

    private static Operand[] Kills(Instr instr) => instr switch
    {
        MoveInstr m => [m.Dst],
        GetGlobalInstr g => [g.Dst],
        GetIndexInstr g => [g.Dst],
        ArithInstr a => [a.Dst],
        UnaryInstr u => [u.Dst],
        CompareInstr c => [c.Dst],
        NewTableInstr t => [t.Dst],
        ClosureInstr c => [c.Dst],
        CallInstr c => c.Results,
        VarargInstr v => v.Results,
        _ => [],
    };

    /// <summary>The operands an instruction reads, or null when unknown.</summary>
    private static Operand[]? Reads(Instr instr) => instr switch
    {
        MoveInstr m => [m.Src],
        SetGlobalInstr g => [g.Src],
        GetIndexInstr g => [g.Obj, g.Key],
        SetIndexInstr s => [s.Obj, s.Key, s.Value],
        ArithInstr a => [a.A, a.B],
        UnaryInstr u => [u.A],
        ConcatInstr c => c.Parts,
        CompareInstr c => [c.A, c.B],
        JumpCompareInstr j => [j.A, j.B],
        JumpIfInstr j => [j.Value],
        SetListInstr s => [s.Table, .. s.Values],
        CallInstr c => [c.Function, .. c.Args],
        ReturnInstr r => r.Values,
        ForPrepInstr f => [f.Index, f.Limit, f.Step],
        ForLoopInstr f => [f.Index, f.Limit, f.Step],
        GetGlobalInstr or JumpInstr or LabelInstr or NewTableInstr or ClosureInstr or DeclareLocalInstr or VarargInstr => [],
        _ => null,
    };

    private static void Or(ulong[] s, ulong[] other)
    {
        for (int i = 0; i < s.Length; i++) s[i] |= other[i];
    }

    private static void Set(ulong[] s, int r) => s[r >> 6] |= 1UL << (r & 63);

    /// <summary>Marks the instructions some path from the entry reaches; the others keep the optimistic "all numbers" and are lowered generically.</summary>
    private void MarkReachable(int[] labelAt)
    {
        var code = _proto.Code;
        var work = new Stack<int>();
        if (code.Count > 0) work.Push(0);
        while (work.Count > 0)
        {
            int i = work.Pop();
            if (i >= code.Count || _reachable[i]) continue;
            _reachable[i] = true;
            if (FallsThrough(code[i])) work.Push(i + 1);
            if (JumpTarget(code[i]) is { } t && labelAt[t.Id] >= 0) work.Push(labelAt[t.Id]);
        }
    }

    /// <summary>Sets in <paramref name="after"/> what instruction <paramref name="instr"/> writes, judged by <paramref name="before"/>.</summary>
    private void Transfer(Instr instr, ulong[] before, ulong[] after)
    {
        bool Num(Operand op) => IsNumber(op, before);
        void Write(Operand dst, bool number)
        {
            int r = RegisterOf(dst);
            if (r < 0) return;
            if (number) after[r >> 6] |= 1UL << (r & 63);
            else after[r >> 6] &= ~(1UL << (r & 63));
        }

        switch (instr)
        {
            case MoveInstr m: Write(m.Dst, Num(m.Src)); break;
            case ArithInstr a: Write(a.Dst, Num(a.A) && Num(a.B)); break;
            case UnaryInstr u: Write(u.Dst, u.Op == UnaryOp.Neg && Num(u.A)); break;
            case ForPrepInstr f:
                Write(f.Index, true);
                Write(f.Limit, true);
                Write(f.Step, true);
                break;
            case ForLoopInstr f: Write(f.Index, Num(f.Index) && Num(f.Step)); break;
            case GetGlobalInstr g: Write(g.Dst, false); break;
            case GetIndexInstr g: Write(g.Dst, false); break;
            case ConcatInstr c:
                // A long run keeps partial results in its operand temps.
                foreach (var p in c.Parts) Write(p, false);
                Write(c.Dst, false);
                break;
            case CompareInstr c:
                if (c.Op != CompareOp.Eq) MarkOrdered(c.A, c.B, before, after);
                Write(c.Dst, false);
                break;
            case NewTableInstr t: Write(t.Dst, false); break;
            case ClosureInstr c: Write(c.Dst, false); break;
            case CallInstr c:
                foreach (var r in c.Results) Write(r, false);
                break;
            case VarargInstr v:
                foreach (var r in v.Results) Write(r, false);
                break;
            case SetGlobalInstr or SetIndexInstr or JumpCompareInstr or JumpIfInstr or JumpInstr or LabelInstr
                or SetListInstr or DeclareLocalInstr or ReturnInstr:
                break;
            default:
                // An instruction this pass does not know may write anything: forget everything.
                Array.Clear(after);
                break;
        }
    }

    /// <summary>What a conditional jump proves on each edge: an order comparison on both, an equality on the edge where it held.</summary>
    private void Refine(Instr instr, ulong[] before, ulong[] next, ulong[] jump)
    {
        if (instr is not JumpCompareInstr j) return;
        if (j.Op != CompareOp.Eq)
        {
            MarkOrdered(j.A, j.B, before, next);
            MarkOrdered(j.A, j.B, before, jump);
        }
        else MarkOrdered(j.A, j.B, before, j.WhenTrue ? jump : next);
    }

    /// <summary>When one operand is a number, sets the other in <paramref name="state"/>: the comparison raised an error otherwise (or, for equality, did not hold).</summary>
    private void MarkOrdered(Operand a, Operand b, ulong[] before, ulong[] state)
    {
        void Set(Operand op)
        {
            int r = RegisterOf(op);
            if (r >= 0) state[r >> 6] |= 1UL << (r & 63);
        }
        if (IsNumber(a, before)) Set(b);
        if (IsNumber(b, before)) Set(a);
    }

    private bool IsNumber(Operand op, ulong[] state) => op.Kind == OperandKind.Constant
        ? !_proto.Constants[op.Index].IsString
        : RegisterOf(op) is var r and >= 0 && Has(state, r);

    private ulong[] Full()
    {
        var s = new ulong[_words];
        Array.Fill(s, ulong.MaxValue);
        return s;
    }

    private static bool Has(ulong[] s, int r) => (s[r >> 6] & (1UL << (r & 63))) != 0;

    private static void And(ulong[] s, ulong[] other)
    {
        for (int i = 0; i < s.Length; i++) s[i] &= other[i];
    }

    private static bool Same(ulong[] a, ulong[] b) => a.AsSpan().SequenceEqual(b);
}
