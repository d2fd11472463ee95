using System.Reflection.Emit;
using LuaIL.Compiler.Prototypes;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        // Resumable form: the call site being suspended at, set before branching to the suspend block.
        private EmittedLocal _suspendPoint = null!;
        private EmittedLabel _suspend = null!;

        // Per suspend point, the registers (locals, then temps) that some later instruction may read:
        // only those are saved and reloaded. Null when every point saves every register instead (a
        // body whose per-point blocks would grow too large; see MaxSavedSlots).
        private int[][]? _savedAt;

        // The ring benchmark's coroutine body saved 8 registers at its yield where 1 was live.
        private const int MaxSavedSlots = 1024;

        private void DeclareResumableLocals()
        {
            _frame = _il.DeclareLocal(R.HeapFrame, "frame");
            _suspendPoint = _il.DeclareLocal(typeof(int), "suspendPoint");
            _suspend = _il.DefineLabel();
            int sites = _proto.Code.Count(i => i is CallInstr { NoYield: false });
            _resumePoints = new EmittedLabel[sites];
            for (int i = 0; i < sites; i++) _resumePoints[i] = _il.DefineLabel();
            _savedAt = LiveAtSuspendPoints(sites);
        }

        /// <summary>For each suspend point (the calls that can suspend, in code order), the registers live after it.</summary>
        private int[][]? LiveAtSuspendPoints(int sites)
        {
            var facts = owner.Facts;
            var saved = new int[sites][];
            int point = 0, total = 0;
            for (int pc = 0; pc < _proto.Code.Count; pc++)
            {
                if (_proto.Code[pc] is not CallInstr { NoYield: false }) continue;
                var live = new List<int>();
                for (int r = 0; r < facts.RegisterCount; r++)
                    if (facts.LiveAfter(pc, r)) live.Add(r);
                saved[point++] = [.. live];
                total += live.Count;
            }
            return total <= MaxSavedSlots ? saved : null;
        }

        /// <summary>The IL local of register <paramref name="r"/> (locals, then temps).</summary>
        private EmittedLocal RegisterLocal(int r) => r < _locals.Length ? _locals[r] : _temps[r - _locals.Length];

        private int CellCount => _proto.Locals.Any(l => l.Captured) ? _proto.Locals.Count : 0;

        /// <summary>
        /// Where every suspending call site goes: the registers are saved into a heap frame (taken
        /// from the pool on the first suspension of this call) and the frame joins the chain that
        /// <c>resume</c> keeps. One block per body keeps the IL linear in locals plus call sites.
        /// </summary>
        private void SuspendBlock()
        {
            var have = _il.DefineLabel();
            _il.MarkLabel(_suspend);
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.Emit(OpCodes.Brtrue, have);
            LoadState();
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldc_I4, _proto.Locals.Count + _proto.TempCount);
            _il.Emit(OpCodes.Ldc_I4, CellCount);
            _il.Emit(OpCodes.Callvirt, R.AcquireFrame);
            _il.Emit(OpCodes.Stloc, _frame);
            _il.MarkLabel(have);
            for (int i = 0; i < _locals.Length; i++)
            {
                bool cell = _proto.Locals[i].Captured;
                if (!cell && _savedAt is not null) continue;
                FrameSlot(cell, i);
                _il.Emit(OpCodes.Ldloc, _locals[i]);
                if (cell) _il.Emit(OpCodes.Stelem_Ref);
                else _il.Emit(OpCodes.Stelem, R.Value);
            }
            if (_savedAt is null)
            {
                for (int i = 0; i < _temps.Length; i++)
                {
                    FrameSlot(false, _locals.Length + i);
                    _il.Emit(OpCodes.Ldloc, _temps[i]);
                    _il.Emit(OpCodes.Stelem, R.Value);
                }
            }
            else SaveLiveRegisters(_savedAt);
            if (_varargArray is not null)
            {
                _il.Emit(OpCodes.Ldloc, _frame);
                _il.Emit(OpCodes.Ldloc, _varargArray);
                _il.Emit(OpCodes.Stfld, R.HeapFrameVarargs);
            }
            LoadState();
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.Emit(OpCodes.Ldloc, _suspendPoint);
            _il.Emit(OpCodes.Call, R.Suspend);
            LeaveFrame();
            _il.Emit(OpCodes.Ldsfld, R.Nil);
            _il.Emit(OpCodes.Ret);
        }

        /// <summary>A switch on the suspend point to a block that saves the registers live there.</summary>
        private void SaveLiveRegisters(int[][] savedAt)
        {
            var saved = _il.DefineLabel();
            var blocks = new EmittedLabel[savedAt.Length];
            for (int k = 0; k < blocks.Length; k++) blocks[k] = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, _suspendPoint);
            _il.EmitSwitch(blocks);
            _il.Emit(OpCodes.Br, saved);
            for (int k = 0; k < blocks.Length; k++)
            {
                _il.MarkLabel(blocks[k]);
                foreach (int r in savedAt[k])
                {
                    FrameSlot(false, r);
                    _il.Emit(OpCodes.Ldelema, R.Value);
                    _il.Emit(OpCodes.Ldloc, RegisterLocal(r));
                    _il.Emit(OpCodes.Call, R.StoreInto);
                }
                _il.Emit(OpCodes.Br, saved);
            }
            _il.MarkLabel(saved);
        }

        /// <summary>Resuming: the cells come back from the frame they were saved in, and the registers too unless each resume point reloads its own.</summary>
        private void ReloadRegisters()
        {
            for (int i = 0; i < _locals.Length; i++)
            {
                bool cell = _proto.Locals[i].Captured;
                if (!cell && _savedAt is not null) continue;
                FrameSlot(cell, i);
                if (cell) _il.Emit(OpCodes.Ldelem_Ref);
                else _il.Emit(OpCodes.Ldelem, R.Value);
                _il.Emit(OpCodes.Stloc, _locals[i]);
            }
            if (_savedAt is not null) return;
            for (int i = 0; i < _temps.Length; i++)
            {
                FrameSlot(false, _locals.Length + i);
                _il.Emit(OpCodes.Ldelem, R.Value);
                _il.Emit(OpCodes.Stloc, _temps[i]);
            }
        }

        /// <summary>At resume point <paramref name="point"/>: the registers saved there come back (see <see cref="_savedAt"/>).</summary>
        private void ReloadLiveRegisters(int point)
        {
            if (_savedAt is null) return;
            foreach (int r in _savedAt[point])
            {
                FrameSlot(false, r);
                _il.Emit(OpCodes.Ldelem, R.Value);
                _il.Emit(OpCodes.Stloc, RegisterLocal(r));
            }
        }

        /// <summary>Pushes frame.Cells (or frame.Regs) and the index <paramref name="index"/>.</summary>
        private void FrameSlot(bool cell, int index)
        {
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.Emit(OpCodes.Ldfld, cell ? R.HeapFrameCells : R.HeapFrameRegs);
            _il.Emit(OpCodes.Ldc_I4, index);
        }

        /// <summary>Suspends at resume point <paramref name="point"/> (L.Yielding is set).</summary>
        private void BranchToSuspend(int point)
        {
            _il.Emit(OpCodes.Ldc_I4, point);
            _il.Emit(OpCodes.Stloc, _suspendPoint);
            _il.Emit(OpCodes.Br, _suspend);
        }

        /// <summary>
        /// <c>coroutine.yield(v)</c> or <c>coroutine.yield()</c>, when the callee is the library's yield (one
        /// reference compare): the value goes straight to the result buffer and the body suspends at
        /// <paramref name="check"/>, with no argument spill to the stack and no call through the function.
        /// Any other callee falls through to the call as written.
        /// </summary>
        private void YieldWithoutCall(CallInstr c, EmittedLabel check)
        {
            if (c.MultiArgs || c.Args.Length > 1) return;
            var general = _il.DefineLabel();
            Load(c.Function);
            _il.Emit(OpCodes.Ldfld, R.ValueObj);
            _il.Emit(OpCodes.Ldsfld, R.YieldFunction);
            _il.Emit(OpCodes.Bne_Un, general);
            MarkSite(c.Site);
            LoadState();
            if (c.Args.Length == 1)
            {
                Load(c.Args[0]);
                _il.Emit(OpCodes.Call, R.YieldOne);
            }
            else _il.Emit(OpCodes.Call, R.YieldNone);
            _il.Emit(OpCodes.Stloc, _result);
            _il.Emit(OpCodes.Br, check);
            _il.MarkLabel(general);
        }

        /// <summary>Gives the heap frame back to the pool when this call had one (it suspended at least once).</summary>
        private void ReleaseHeapFrame()
        {
            var none = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.Emit(OpCodes.Brfalse, none);
            LoadState();
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.Emit(OpCodes.Callvirt, R.ReleaseFrame);
            _il.MarkLabel(none);
        }
    }
}
