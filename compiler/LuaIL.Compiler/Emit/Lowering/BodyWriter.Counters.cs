using System.Reflection.Emit;
using LuaIL.Compiler.Analysis;
using LuaIL.Compiler.Prototypes;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

// A numeric for's index, from its prep to its FORLOOP, lives in a home of its own that holds the
// double's bits in a long. The values and the arithmetic are the double loop's, bit for bit; only
// the register differs: every xmm register is caller-saved on System V x64, so the JIT kept a
// double index on the stack around the calls of the body's slow paths and stored and reloaded it
// every iteration, where a general register survives the calls. The index temp is reused by other
// code outside the loop (sieve's `i * i`), which keeps the register's double home.
// A general register is only there to take in a function with few locals: fannkuch(len) has 19,
// the JIT spilled the counter as well, and the moves between register files made it 13% slower.
internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        private readonly HashSet<EmittedLocal> _bitHomes = [];
        private EmittedLocal?[] _counters = [];
        private List<(int Prep, int Loop)>?[] _loopsOf = [];

        private const int MaxLocalsForCounters = 12;

        private void DeclareCounters()
        {
            var code = _proto.Code;
            _counters = new EmittedLocal?[_nums.Length];
            _loopsOf = new List<(int, int)>?[_nums.Length];
            if (_proto.Locals.Count > MaxLocalsForCounters) return;
            for (int prep = 0; prep < code.Count; prep++)
            {
                if (code[prep] is not ForPrepInstr f) continue;
                int r = _facts!.RegisterOf(f.Index);
                if (r < 0 || _nums[r] is null) continue;
                int loop = NumericAnalysis.ForLoopOf(code, prep);
                if (loop < 0) continue;
                if (_counters[r] is null)
                {
                    _counters[r] = _il.DeclareLocal(typeof(long));
                    _bitHomes.Add(_counters[r]!);
                }
                (_loopsOf[r] ??= []).Add((prep, loop));
            }
        }

        /// <summary>The number home of register <paramref name="r"/> before (or after) instruction <paramref name="pc"/>: its loop's counter while a for loop runs on it, else its double.</summary>
        private EmittedLocal HomeAt(int r, int pc, bool after)
        {
            if (_loopsOf.Length > r && _loopsOf[r] is { } loops)
                foreach (var (prep, loop) in loops)
                    if ((after ? prep <= pc : prep < pc) && pc <= loop) return _counters[r]!;
            return _nums[r]!;
        }

        /// <summary>Pushes the double a number home holds.</summary>
        private void LoadHome(EmittedLocal num)
        {
            _il.Emit(OpCodes.Ldloc, num);
            if (_bitHomes.Contains(num)) _il.Emit(OpCodes.Call, R.BitsToDouble);
        }

        /// <summary>Stores the double on the stack into a number home.</summary>
        private void StoreHome(EmittedLocal num)
        {
            if (_bitHomes.Contains(num)) _il.Emit(OpCodes.Call, R.DoubleToBits);
            _il.Emit(OpCodes.Stloc, num);
        }
    }
}
