using System.Reflection.Emit;
using LuaIL.Compiler.Prototypes;
using LuaIL.Runtime;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        /// <summary>The most operands one runtime call joins (<see cref="LuaOps.Concat6"/>).</summary>
        private const int MaxConcatRun = 6;

        /// <summary>
        /// Lowers CONCAT to one runtime call that measures the operands and copies them once. Longer
        /// runs are joined from the right in groups, each result standing in for its group as the
        /// last operand of the next: that is 5.1's order, which pairs from the right.
        /// </summary>
        private void Concat(ConcatInstr c)
        {
            var parts = (Operand[])c.Parts.Clone();
            int end = parts.Length;
            while (true)
            {
                int start = Math.Max(0, end - MaxConcatRun);
                var run = parts[start..end];
                // The first operand of a group is a temp already read by then; it holds the group's result.
                var dst = start == 0 ? c.Dst : parts[start];
                Store(dst, () => ConcatCall(run, c.Line));
                if (start == 0) return;
                parts[start] = parts[start].WithDesc(null);
                end = start + 1;
            }
        }

        private void ConcatCall(Operand[] run, int line)
        {
            LoadState();
            foreach (var p in run) Load(p);
            if (run.Length == 2)
            {
                LoadDesc(run[0].Desc);
                LoadDesc(run[1].Desc);
            }
            else
            {
                // One constant for all the names: they only matter for the error message.
                LoadDesc(Array.TrueForAll(run, p => p.Desc is null) ? null : string.Join('\0', run.Select(p => p.Desc ?? "")));
            }
            _il.Emit(OpCodes.Ldc_I4, line);
            _il.Emit(OpCodes.Call, R.Op(run.Length == 2 ? nameof(LuaOps.Concat) : "Concat" + run.Length));
        }
    }
}
