using System.Reflection.Emit;
using LuaIL.Compiler.Analysis;
using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Syntax;
using LuaIL.Runtime;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

// Registers proven numbers (see NumericAnalysis) get a second home, a double IL local, in the fast
// form. The invariant: where the analysis says a register is a number, its double home holds the
// value and its LuaValue home may be stale; elsewhere the LuaValue home holds it. A write of a number
// goes to the double home only; on an edge into a label where the register is no longer proven a
// number, the double is boxed into the LuaValue home (before the branch: harmless on the other path).
// Arithmetic, comparisons and numeric for loops on two doubles are then plain IL.
internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        private NumericAnalysis? _facts;
        private EmittedLocal?[] _nums = [];
        private int[] _labelAt = [];

        // The instruction being lowered: operand loads see the state before it, stores the state after it.
        // The prologue (-1) sees no numbers: parameters arrive as LuaValues.
        private int _pc = -1;

        // Set while an instruction is lowered in several steps that store into a register and read it
        // back (a long CONCAT run): every operand then lives in its LuaValue home.
        private bool _valuesOnly;

        private void DeclareNumbers()
        {
            _facts = owner.Facts;
            _version = owner.TailVersion;
            _labelAt = _facts.LabelPositions();
            _nums = new EmittedLocal?[_facts.RegisterCount];
            for (int r = 0; r < _nums.Length; r++)
                if (_facts.EverNumber(r) || _version?.Facts.EverNumber(r) == true) _nums[r] = _il.DeclareLocal(typeof(double));
            DeclareCounters();
            if (_version is not null) _versionEntry = _il.DefineLabel();
        }

        /// <summary>The double home of <paramref name="op"/> when it holds a number before the current instruction.</summary>
        private EmittedLocal? NumberHomeBefore(Operand op)
        {
            if (_facts is null || _pc < 0 || _valuesOnly) return null;
            int r = _facts.RegisterOf(op);
            return _facts.NumberBefore(_pc, r) ? HomeAt(r, _pc, after: false) : null;
        }

        /// <summary>The double home of <paramref name="op"/> when the current instruction leaves a number in it.</summary>
        private EmittedLocal? NumberHomeAfter(Operand op)
        {
            if (_facts is null || _pc < 0 || _valuesOnly) return null;
            int r = _facts.RegisterOf(op);
            return _facts.NumberAfter(_pc, r) ? HomeAt(r, _pc, after: true) : null;
        }

        /// <summary>True when <paramref name="op"/> is a number constant or a register proven a number here.</summary>
        private bool IsNumber(Operand op)
            => op.Kind == OperandKind.Constant ? !_proto.Constants[op.Index].IsString : NumberHomeBefore(op) is not null;

        /// <summary>Pushes the double of an operand for which <see cref="IsNumber"/> holds.</summary>
        private void LoadNum(Operand op)
        {
            if (op.Kind == OperandKind.Constant) _il.Emit(OpCodes.Ldc_R8, _proto.Constants[op.Index].Number);
            else LoadHome(NumberHomeBefore(op)!);
        }

        /// <summary>Stores the double <paramref name="value"/> pushes into <paramref name="dst"/>, boxed when its home is not a double.</summary>
        private void StoreNum(Operand dst, Action value)
        {
            if (NumberHomeAfter(dst) is { } num)
            {
                value();
                StoreHome(num);
            }
            else Store(dst, () =>
            {
                value();
                _il.Emit(OpCodes.Newobj, R.ValueFromNumber);
            });
        }

        /// <summary>Boxes into their LuaValue homes the registers that stop being proven numbers on the edge from <paramref name="from"/> (jumping or going on) to instruction <paramref name="to"/>.</summary>
        private void BoxOnEdge(int from, bool jump, int to)
        {
            if (_facts is null || to < 0) return;
            foreach (int r in _facts.LostOnEdge(from, jump, to))
            {
                LoadHome(HomeAt(r, from, after: true));
                _il.Emit(OpCodes.Newobj, R.ValueFromNumber);
                _il.Emit(OpCodes.Stloc, ValueHome(r));
            }
        }

        /// <summary>The edge fix-ups of the jump the current instruction may take.</summary>
        private void BoxOnJump(Prototypes.Label target)
        {
            if (_facts is not null) BoxOnEdge(_pc, true, _labelAt[target.Id]);
        }

        /// <summary>
        /// Registers the current comparison proves numbers get their double before it runs: if one is
        /// not a number the comparison raises (or, for equality, the edge that assumes it is not taken),
        /// so no one reads the double.
        /// </summary>
        private void UnboxRefined()
        {
            if (_facts is null) return;
            foreach (int r in _facts.Refined(_pc))
            {
                _il.Emit(OpCodes.Ldloc, ValueHome(r));
                _il.Emit(OpCodes.Ldfld, R.ValueNum);
                StoreHome(HomeAt(r, _pc, after: false));
            }
        }

        /// <summary>Lowers <paramref name="c"/> with its number operands boxed into their LuaValue homes first (the analysis forgets them after it).</summary>
        private void ConcatOverValues(ConcatInstr c)
        {
            foreach (var p in c.Parts.Distinct())
                if (NumberHomeBefore(p) is { } num)
                {
                    LoadHome(num);
                    _il.Emit(OpCodes.Newobj, R.ValueFromNumber);
                    _il.Emit(OpCodes.Stloc, ValueHome(_facts!.RegisterOf(p)));
                }
            _valuesOnly = true;
            Instruction(c);
            _valuesOnly = false;
        }

        private EmittedLocal ValueHome(int reg) => reg < _proto.Locals.Count ? _locals[reg] : _temps[reg - _proto.Locals.Count];

        /// <summary>Numbers on both sides: plain IL. False when the generic path must run.</summary>
        private bool TryNumericArith(ArithInstr a)
        {
            if (!IsNumber(a.A) || !IsNumber(a.B)) return false;
            StoreNum(a.Dst, () =>
            {
                LoadNum(a.A);
                LoadNum(a.B);
                switch (a.Op)
                {
                    case ArithOp.Add: _il.Emit(OpCodes.Add); break;
                    case ArithOp.Sub: _il.Emit(OpCodes.Sub); break;
                    case ArithOp.Mul: _il.Emit(OpCodes.Mul); break;
                    case ArithOp.Div: _il.Emit(OpCodes.Div); break;
                    case ArithOp.Mod: _il.Emit(OpCodes.Call, R.Op(nameof(LuaOps.NumMod))); break;
                    default: _il.Emit(OpCodes.Call, R.Op(nameof(LuaOps.NumPow))); break;
                }
            });
            return true;
        }

        private bool TryNumericNeg(UnaryInstr u)
        {
            if (u.Op != UnaryOp.Neg || !IsNumber(u.A)) return false;
            StoreNum(u.Dst, () =>
            {
                LoadNum(u.A);
                _il.Emit(OpCodes.Call, R.Op(nameof(LuaOps.NumUnm)));
            });
            return true;
        }

        /// <summary>Pushes the comparison of two numbers as a bool; NaN compares false, so <c>a &lt;= b</c> is <c>not (a &gt; b or unordered)</c>.</summary>
        private bool TryNumericCompare(CompareOp op, Operand a, Operand b)
        {
            if (!IsNumber(a) || !IsNumber(b)) return false;
            LoadNum(a);
            LoadNum(b);
            switch (op)
            {
                case CompareOp.Eq: _il.Emit(OpCodes.Ceq); break;
                case CompareOp.Lt: _il.Emit(OpCodes.Clt); break;
                default:
                    _il.Emit(OpCodes.Cgt_Un);
                    _il.Emit(OpCodes.Ldc_I4_0);
                    _il.Emit(OpCodes.Ceq);
                    break;
            }
            return true;
        }

        /// <summary>A conditional jump on two numbers; the negated forms use the unordered branches so NaN goes where 5.1 sends it.</summary>
        private bool TryNumericJumpCompare(JumpCompareInstr j)
        {
            if (!IsNumber(j.A) || !IsNumber(j.B)) return false;
            LoadNum(j.A);
            LoadNum(j.B);
            var branch = (j.Op, j.WhenTrue) switch
            {
                (CompareOp.Eq, true) => OpCodes.Beq,
                (CompareOp.Eq, false) => OpCodes.Bne_Un,
                (CompareOp.Lt, true) => OpCodes.Blt,
                (CompareOp.Lt, false) => OpCodes.Bge_Un,
                (CompareOp.Le, true) => OpCodes.Ble,
                _ => OpCodes.Bgt_Un,
            };
            _il.Emit(branch, _labels[j.Target.Id]);
            return true;
        }

        /// <summary>
        /// The fast form's for prep: the three temps end as doubles. Those not proven numbers are
        /// converted in 5.1's order (initial value, limit, step), each raising its own error.
        /// </summary>
        private void NumericForPrep(ForPrepInstr f)
        {
            Operand[] ops = [f.Index, f.Limit, f.Step];
            for (int i = 0; i < ops.Length; i++)
            {
                var home = NumberHomeAfter(ops[i])!;
                if (NumberHomeBefore(ops[i]) is { } before)
                {
                    // The index moves to its loop's counter home.
                    if (before != home)
                    {
                        LoadHome(before);
                        StoreHome(home);
                    }
                    continue;
                }
                LoadState();
                Load(ops[i]);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Ldc_I4, f.Line);
                _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.ForNumber)));
                StoreHome(home);
            }
            if (ArrayFill.FilledTable(_proto, _pc) is { } table && !IsNumber(table))
            {
                Load(table);
                LoadHome(NumberHomeAfter(f.Index)!);
                LoadHome(NumberHomeAfter(f.Limit)!);
                LoadHome(NumberHomeAfter(f.Step)!);
                _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.ReserveForLoop)));
            }
            // 5.1 starts from init - step and adds the step before the first test, so the sums match it bit for bit.
            var index = NumberHomeAfter(f.Index)!;
            LoadHome(index);
            LoadHome(NumberHomeAfter(f.Step)!);
            _il.Emit(OpCodes.Sub);
            StoreHome(index);
        }

        /// <summary>index += step; continue while index ≤ limit (≥ for a step that is not positive, NaN included, as 5.1's <c>luai_numlt(0, step)</c>).</summary>
        private bool TryNumericForLoop(ForLoopInstr f)
        {
            if (!IsNumber(f.Index) || !IsNumber(f.Limit) || !IsNumber(f.Step) || NumberHomeAfter(f.Index) is not { } index)
                return false;
            var limit = NumberHomeBefore(f.Limit)!;
            var step = NumberHomeBefore(f.Step)!;
            CheckInterrupt();
            LoadHome(index);
            LoadHome(step);
            _il.Emit(OpCodes.Add);
            StoreHome(index);
            BoxOnJump(f.Body);
            var down = _il.DefineLabel();
            var done = _il.DefineLabel();
            LoadHome(step);
            _il.Emit(OpCodes.Ldc_R8, 0.0);
            _il.Emit(OpCodes.Ble_Un, down);
            LoadHome(index);
            LoadHome(limit);
            _il.Emit(OpCodes.Ble, _labels[f.Body.Id]);
            _il.Emit(OpCodes.Br, done);
            _il.MarkLabel(down);
            LoadHome(limit);
            LoadHome(index);
            _il.Emit(OpCodes.Ble, _labels[f.Body.Id]);
            _il.MarkLabel(done);
            return true;
        }
    }
}
