using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Syntax;

namespace LuaIL.Compiler.Analysis;

/// <summary>
/// A second, number-specialised copy of a function's code from instruction <paramref name="At"/> to
/// its end, entered when every register of <paramref name="Assumed"/> holds a number there.
/// </summary>
/// <param name="Facts">The analysis of the copy: the registers of <paramref name="Assumed"/> are numbers on entry to <paramref name="At"/>.</param>
internal sealed record TailVersion(int At, int[] Assumed, NumericAnalysis Facts);

// Why: a parameter or a local set once from a call (`local n = tonumber(arg[1]) or 1600`) is of
// unknown type, so all arithmetic that depends on it goes through the generic path with its type
// tests and metamethod fallbacks, and every value computed from it is unknown too (mandelbrot's
// whole loop nest). Such a register is never written again after some point, so one test of its type
// there decides for the rest of the function: the lowering emits the remaining code twice and the
// copy it enters when the test passes keeps those values in doubles.
internal sealed partial class NumericAnalysis
{
    // Longer tails would double too much JIT work; a few candidate points keep the extra analysis cheap.
    private const int MaxTailLength = 3000;
    private const int MaxCandidates = 8;
    // An instruction that gains its fast path counts 1, or LoopWeight inside a loop. A copy must gain
    // at least MinBenefit, and one for every two instructions it copies: a bigger method costs the
    // JIT's register allocation more than a few gains repay (fannkuch, 5 gains in 162 instructions,
    // ran 9% slower copied; mandelbrot, 16 in 137, 26% faster).
    private const int LoopWeight = 8;
    private const int MinBenefit = 32;

    /// <summary>The most profitable tail version of this function, or null when none pays.</summary>
    /// <remarks>
    /// A version starts at a cut: an instruction no jump crosses (so the copy needs no edge back into
    /// the original code, and nothing else enters it) reached by falling through. It assumes the
    /// registers that are unknown there, never written from there on, and read later where a fast
    /// path needs a number (<see cref="FastPathOperands"/>).
    /// </remarks>
    public TailVersion? ChooseTailVersion()
    {
        var code = _proto.Code;
        int n = code.Count;
        if (n == 0 || FallsThrough(code[n - 1]) || _assumeAt >= 0) return null;
        var labelAt = LabelPositions();

        // crossed[k] > 0 when some jump goes from before k to k or later, or back from k or later to before k.
        var crossed = new int[n + 1];
        // loopDepth[i] - loopDepth[i - 1]: how many loops (a label and the jump back to it) start or end at i.
        var loopDepth = new int[n + 1];
        int lastUnknown = -1;
        var lastWrite = new int[RegisterCount];
        var lastNumericUse = new int[RegisterCount];
        Array.Fill(lastWrite, -1);
        Array.Fill(lastNumericUse, -1);
        for (int i = 0; i < n; i++)
        {
            if (JumpTarget(code[i]) is { } t && labelAt[t.Id] >= 0)
            {
                int b = labelAt[t.Id];
                crossed[Math.Min(i, b) + 1]++;
                crossed[Math.Max(i, b) + 1]--;
                if (b <= i)
                {
                    loopDepth[b]++;
                    loopDepth[i + 1]--;
                }
            }
            if (Writes(code[i]) is { } writes)
            {
                foreach (var op in writes)
                    if (RegisterOf(op) is var r and >= 0) lastWrite[r] = i;
            }
            else lastUnknown = i;
            foreach (var op in FastPathOperands(code[i]))
                if (RegisterOf(op) is var r and >= 0) lastNumericUse[r] = i;
        }
        var inLoop = new bool[n];
        for (int i = 0, depth = 0; i < n; i++)
        {
            depth += loopDepth[i];
            inLoop[i] = depth > 0;
        }

        TailVersion? best = null;
        int bestBenefit = MinBenefit - 1;
        int evaluated = 0, cross = 0;
        ulong[]? previous = null;
        for (int k = 0; k < n && evaluated < MaxCandidates; k++)
        {
            cross += crossed[k];
            if (cross != 0 || !_reachable[k] || k <= lastUnknown || n - k > MaxTailLength) continue;
            if (k > 0 && !FallsThrough(code[k - 1])) continue;
            var assumed = new ulong[_words];
            bool any = false;
            for (int r = 0; r < RegisterCount; r++)
                if (!Has(_before[k], r) && lastWrite[r] < k && lastNumericUse[r] >= k)
                {
                    Set(assumed, r);
                    any = true;
                }
            if (!any || (previous is not null && Same(previous, assumed))) continue;
            previous = assumed;
            evaluated++;
            var copy = new NumericAnalysis(_proto, k, assumed);
            copy.Solve();
            int benefit = Benefit(copy, k, inLoop);
            if (benefit > bestBenefit && 2 * benefit >= n - k)
            {
                bestBenefit = benefit;
                var regs = new List<int>();
                for (int r = 0; r < RegisterCount; r++)
                    if (Has(assumed, r)) regs.Add(r);
                best = new TailVersion(k, [.. regs], copy);
            }
        }
        return best;
    }

    /// <summary>How much the copy gains over this analysis from instruction <paramref name="at"/> on.</summary>
    /// <remarks>No jump crosses a cut, so every loop that holds an instruction of the tail lies within it.</remarks>
    private int Benefit(NumericAnalysis copy, int at, bool[] inLoop)
    {
        var code = _proto.Code;
        int benefit = 0;
        for (int i = at; i < code.Count; i++)
            if (copy._reachable[i] && GainsFastPath(FastPathOperands(code[i]), _before[i], copy._before[i]))
                benefit += inLoop[i] ? LoopWeight : 1;
        return benefit;
    }

    /// <summary>True when <paramref name="needed"/> are all numbers in <paramref name="copy"/> but not in <paramref name="original"/>.</summary>
    private bool GainsFastPath(Operand[] needed, ulong[] original, ulong[] copy)
    {
        bool All(ulong[] state)
        {
            foreach (var op in needed)
                if (!IsNumber(op, state)) return false;
            return true;
        }
        return needed.Length > 0 && All(copy) && !All(original);
    }

    /// <summary>The operands an instruction needs as numbers to skip its generic path: both of arithmetic and comparisons, a table access's key.</summary>
    private static Operand[] FastPathOperands(Instr instr) => instr switch
    {
        ArithInstr a => [a.A, a.B],
        UnaryInstr u when u.Op == UnaryOp.Neg => [u.A],
        CompareInstr c => [c.A, c.B],
        JumpCompareInstr j => [j.A, j.B],
        GetIndexInstr g => [g.Key],
        SetIndexInstr s => [s.Key],
        _ => [],
    };

    /// <summary>Every register operand an instruction may write, or null when unknown (as in <see cref="Transfer"/>).</summary>
    internal static Operand[]? Writes(Instr instr) => instr switch
    {
        MoveInstr m => [m.Dst],
        ArithInstr a => [a.Dst],
        UnaryInstr u => [u.Dst],
        ForPrepInstr f => [f.Index, f.Limit, f.Step],
        ForLoopInstr f => [f.Index],
        GetGlobalInstr g => [g.Dst],
        GetIndexInstr g => [g.Dst],
        ConcatInstr c => [.. c.Parts, c.Dst],
        CompareInstr c => [c.Dst],
        NewTableInstr t => [t.Dst],
        ClosureInstr c => [c.Dst],
        CallInstr c => c.Results,
        VarargInstr v => v.Results,
        SetGlobalInstr or SetIndexInstr or JumpCompareInstr or JumpIfInstr or JumpInstr or LabelInstr
            or SetListInstr or DeclareLocalInstr or ReturnInstr => [],
        _ => null,
    };
}
