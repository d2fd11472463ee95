using System.Reflection.Emit;
using LuaIL.Compiler.Analysis;
using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Syntax;
using LuaIL.Runtime;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    /// <summary>Writes the body method: a prologue that enters the call frame, then each instruction in order.</summary>
    /// <remarks>
    /// Arguments: 0 = this, 1 = the LuaState, then the fixed parameters or the argument span.
    /// A local that a closure captures lives in a <see cref="LuaCell"/> IL local; every other local
    /// and every temp is a <see cref="LuaValue"/> IL local.
    /// </remarks>
    private sealed partial class BodyWriter(ClosureLowering owner, IILEmitter il, BodyForm form)
    {
        private readonly CompilationProto _proto = owner._proto;
        private readonly IILEmitter _il = il;
        private readonly bool _resumable = form.Resumable;
        private EmittedLocal[] _locals = [];
        // The locals whose scope ends at each instruction index (see KeepAliveToScopeEnd).
        private ILookup<int, int> _scopeEnds = null!;
        private EmittedLocal[] _temps = [];
        private EmittedLabel[] _labels = [];
        private EmittedLocal _depth = null!;
        private EmittedLocal _multiFirst = null!;
        private EmittedLocal _callable = null!;
        private EmittedLocal _top = null!;
        private EmittedLocal _stack = null!;
        private EmittedLocal _count = null!;
        private EmittedLocal _result = null!;

        // Resumable form only: the heap frame, and one resume label per call site that can suspend.
        private EmittedLocal _frame = null!;
        private EmittedLabel[] _resumePoints = [];
        private int _nextResumePoint;

        /// <summary>What the last <see cref="CallMode.Multi"/> call or multi vararg left for the next instruction.</summary>
        private enum PendingMulti { None, CallResults, Varargs }

        private PendingMulti _pending;

        // Labels already placed: a jump to one of them is a loop back-edge.
        private readonly HashSet<int> _placed = [];

        public void Write()
        {
            DeclareLocals();
            Prologue();
            if (_resumable) ResumableEntry();
            bool versioned = WriteInstructions(0, fromCut: false);
            if (versioned) WriteVersion();
            if (_resumable) SuspendBlock();
        }

        /// <summary>Lowers the code from instruction <paramref name="from"/> to the end; true when it branched to the tail version.</summary>
        /// <param name="fromCut">True for the tail version's copy, entered only at <paramref name="from"/>.</param>
        private bool WriteInstructions(int from, bool fromCut)
        {
            bool versioned = false;
            int line = -1;
            for (_pc = from; _pc < _proto.Code.Count; _pc++)
            {
                var instr = _proto.Code[_pc];
                // Labels count too: a 'repeat' line has nothing else, and Cecil labels are real nops a debugger can stop at.
                if (instr.Line != line)
                {
                    line = instr.Line;
                    _il.MarkSequencePoint(line);
                }
                bool entered = fromCut && _pc == from;
                if (instr is LabelInstr && _pc > 0 && !entered && NumericAnalysis.FallsThrough(_proto.Code[_pc - 1])) BoxOnEdge(_pc - 1, false, _pc);
                // A call's pending results cannot cross into the copy (a cut is normally between statements).
                if (!fromCut && _pc == _version?.At && _pending == PendingMulti.None)
                {
                    BranchToVersion();
                    versioned = true;
                }
                UnboxRefined();
                KeepAliveToScopeEnd();
                if (instr is ConcatInstr c) ConcatOverValues(c);
                else Instruction(instr);
            }
            return versioned;
        }

        /// <summary>A local's value stays reachable until its scope ends, as on 5.1's stack.</summary>
        /// <remarks>
        /// The JIT ends an IL local's life at its last use, so a table held only by a local (a
        /// weak table's key, a proxy with <c>__gc</c>) could be collected while the local was still
        /// in scope (gc/weak_keys). GC.KeepAlive emits no code: it only extends the liveness.
        /// </remarks>
        private void KeepAliveToScopeEnd()
        {
            if (_pc == 0) return;
            foreach (int i in _scopeEnds[_pc])
            {
                if (NumberHomeBefore(Operand.Local(i, null)) is not null) continue;
                _il.Emit(OpCodes.Ldloc, _locals[i]);
                if (!_proto.Locals[i].Captured) _il.Emit(OpCodes.Ldfld, R.ValueObj);
                _il.Emit(OpCodes.Call, R.KeepAlive);
            }
        }

        private EmittedLabel[] DefineLabels()
        {
            var labels = new EmittedLabel[_proto.LabelCount];
            for (int i = 0; i < labels.Length; i++) labels[i] = _il.DefineLabel();
            return labels;
        }

        private void DeclareLocals()
        {
            _depth = _il.DeclareLocal(typeof(int), "depth");
            if (_resumable) DeclareResumableLocals();
            // Both forms keep every local and temp in IL locals, which the JIT can enregister (the
            // resumable form copies them to a heap frame only when it suspends).
            _locals = new EmittedLocal[_proto.Locals.Count];
            for (int i = 0; i < _locals.Length; i++)
            {
                var l = _proto.Locals[i];
                _locals[i] = _il.DeclareLocal(l.Captured ? R.Cell : R.Value, l.Name);
            }
            _scopeEnds = Enumerable.Range(0, _locals.Length).ToLookup(i => _proto.Locals[i].EndPc);
            _temps = new EmittedLocal[_proto.TempCount];
            for (int i = 0; i < _temps.Length; i++) _temps[i] = _il.DeclareLocal(R.Value);
            // Numbers in double homes would need saving across a suspension too: the fast form only.
            if (!_resumable) DeclareNumbers();
            _labels = DefineLabels();
            DeclareVarargLocals();
            _multiFirst = _il.DeclareLocal(R.Value);
            _callable = _il.DeclareLocal(R.Function);
            _top = _il.DeclareLocal(typeof(int));
            _stack = _il.DeclareLocal(R.ValueArray);
            _count = _il.DeclareLocal(typeof(int));
            _result = _il.DeclareLocal(R.Value);
        }

        /// <summary>depth = L.Depth + 1, checked against the checkpoint; Frames[depth].Function = this; parameters into their locals.</summary>
        private void Prologue()
        {
            var entered = _il.DefineLabel();
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, R.Depth);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Add);
            _il.Emit(OpCodes.Stloc, _depth);
            _il.Emit(OpCodes.Ldloc, _depth);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, R.DepthCheckpoint);
            _il.Emit(OpCodes.Ble, entered);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _depth);
            _il.Emit(OpCodes.Callvirt, R.CheckDepth);
            _il.MarkLabel(entered);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _depth);
            _il.Emit(OpCodes.Stfld, R.Depth);
            // L.Frames[depth].Function = this, unless it already is: recursion and a loop calling
            // one function find themselves there, and a compare costs less than a write barrier.
            var recorded = _il.DefineLabel();
            var entry = _il.DefineLabel();
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, R.Frames);
            _il.Emit(OpCodes.Ldloc, _depth);
            _il.Emit(OpCodes.Ldelema, R.CallFrame);
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldfld, R.FrameFunction);
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Beq, recorded);
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Stfld, R.FrameFunction);
            _il.Emit(OpCodes.Br, entry);
            _il.MarkLabel(recorded);
            _il.Emit(OpCodes.Pop);
            _il.MarkLabel(entry);

            if (!_resumable) EnterBody();
        }

        /// <summary>
        /// Resumable form: a null frame argument starts a call (no heap frame until it first suspends);
        /// a frame gives back the registers it saved and continues at the call site it was suspended at.
        /// </summary>
        private void ResumableEntry()
        {
            var resuming = _il.DefineLabel();
            var start = _il.DefineLabel();
            _il.LoadArgument(2);
            _il.Emit(OpCodes.Brtrue, resuming);
            _il.Emit(OpCodes.Ldnull);
            _il.Emit(OpCodes.Stloc, _frame);
            EnterBody();
            _il.Emit(OpCodes.Br, start);

            _il.MarkLabel(resuming);
            _il.LoadArgument(2);
            _il.Emit(OpCodes.Stloc, _frame);
            ReloadRegisters();
            ReloadVarargs();
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.Emit(OpCodes.Ldfld, R.HeapFramePc);
            _il.EmitSwitch(_resumePoints);
            _il.MarkLabel(start);
        }

        /// <summary>Parameters, varargs and the compatibility 'arg' into their places.</summary>
        private void EnterBody()
        {
            // Code from a binary chunk was not built by our builder: give every captured local its
            // cell up front, so no path can reach a local whose declaration it skipped.
            if (_proto.FromBinary)
                for (int i = 0; i < _proto.Locals.Count; i++)
                    if (_proto.Locals[i].Captured) StoreCell(i, () => _il.Emit(OpCodes.Newobj, R.CellCtor));
            for (int i = 0; i < _proto.ParameterCount; i++)
                StoreLocal(i, () => LoadParameter(i));
            if (_proto.IsVararg)
            {
                EnterVarargs();
                if (_proto.LineDefined > 0)
                {
                    // The 'arg' local follows the parameters; it is nil when the body uses '...'.
                    StoreLocal(_proto.ParameterCount, () =>
                    {
                        if (_proto.NeedsArgTable) LoadArgTable();
                        else _il.Emit(OpCodes.Ldsfld, R.Nil);
                    });
                }
            }
        }

        private void LoadParameter(int i)
        {
            if (form.SpanArguments)
            {
                _il.LoadArgument(form.SpanArgument);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Call, R.Support("Arg"));
            }
            else _il.LoadArgument(i + 2);
        }

        /// <summary>Initialises a local at the start of its life: a new cell when captured.</summary>
        private void StoreLocal(int local, Action value)
        {
            if (_proto.Locals[local].Captured)
                StoreCell(local, () =>
                {
                    value();
                    _il.Emit(OpCodes.Newobj, R.CellCtorWithValue);
                });
            else Store(Operand.Local(local, null), value);
        }

        /// <summary>Stores the cell <paramref name="cell"/> pushes as local <paramref name="local"/>'s cell.</summary>
        private void StoreCell(int local, Action cell)
        {
            cell();
            _il.Emit(OpCodes.Stloc, _locals[local]);
        }

        /// <summary>Pushes local <paramref name="local"/>'s cell.</summary>
        private void LoadCell(int local) => _il.Emit(OpCodes.Ldloc, _locals[local]);

        /// <summary>Pushes the address of a temp (for by-ref helpers).</summary>
        private void LoadTempAddress(Operand temp) => _il.Emit(OpCodes.Ldloca, _temps[temp.Index]);

        // ---- operands: where values live ----

        private void Load(Operand op)
        {
            if (NumberHomeBefore(op) is { } num)
            {
                LoadHome(num);
                _il.Emit(OpCodes.Newobj, R.ValueFromNumber);
                return;
            }
            switch (op.Kind)
            {
                case OperandKind.Local when _proto.Locals[op.Index].Captured:
                    LoadCell(op.Index);
                    _il.Emit(OpCodes.Ldfld, R.CellValue);
                    break;
                case OperandKind.Local:
                    _il.Emit(OpCodes.Ldloc, _locals[op.Index]);
                    break;
                case OperandKind.Temp:
                    _il.Emit(OpCodes.Ldloc, _temps[op.Index]);
                    break;
                case OperandKind.Upvalue:
                    _il.Emit(OpCodes.Ldarg_0);
                    _il.Emit(OpCodes.Ldfld, owner._upvalues[op.Index]);
                    _il.Emit(OpCodes.Ldfld, R.CellValue);
                    break;
                case OperandKind.Constant:
                    if (owner._strings.IsString(op.Index)) owner._strings.LoadValue(_il, op.Index);
                    else
                    {
                        _il.Emit(OpCodes.Ldc_R8, _proto.Constants[op.Index].Number);
                        _il.Emit(OpCodes.Newobj, R.ValueFromNumber);
                    }
                    break;
                case OperandKind.Nil when op == PendingFirst:
                    _il.Emit(OpCodes.Ldloc, _multiFirst);
                    break;
                case OperandKind.Nil:
                    _il.Emit(OpCodes.Ldsfld, R.Nil);
                    break;
                case OperandKind.True:
                    _il.Emit(OpCodes.Ldsfld, R.True);
                    break;
                default:
                    _il.Emit(OpCodes.Ldsfld, R.False);
                    break;
            }
        }

        /// <summary>Stores the value that <paramref name="value"/> pushes into <paramref name="dst"/>.</summary>
        private void Store(Operand dst, Action value)
        {
            if (NumberHomeAfter(dst) is { } num)
            {
                value();
                _il.Emit(OpCodes.Ldfld, R.ValueNum);
                StoreHome(num);
                return;
            }
            switch (dst.Kind)
            {
                // A cell is on the heap: StoreInto stores a number of unknown type (an upvalue
                // counter's `n = n + 1`) without a write barrier.
                case OperandKind.Local when _proto.Locals[dst.Index].Captured:
                    LoadCell(dst.Index);
                    _il.Emit(OpCodes.Ldflda, R.CellValue);
                    value();
                    _il.Emit(OpCodes.Call, R.StoreInto);
                    break;
                case OperandKind.Local:
                    value();
                    _il.Emit(OpCodes.Stloc, _locals[dst.Index]);
                    break;
                case OperandKind.Temp:
                    value();
                    _il.Emit(OpCodes.Stloc, _temps[dst.Index]);
                    break;
                case OperandKind.Upvalue:
                    _il.Emit(OpCodes.Ldarg_0);
                    _il.Emit(OpCodes.Ldfld, owner._upvalues[dst.Index]);
                    _il.Emit(OpCodes.Ldflda, R.CellValue);
                    value();
                    _il.Emit(OpCodes.Call, R.StoreInto);
                    break;
                default:
                    throw new InvalidOperationException($"cannot store into {dst}");
            }
        }

        /// <summary>True for the lookup of <c>obj:name(...)</c> (the builder names its result <c>method 'name'</c>).</summary>
        private static bool IsMethodLookup(GetIndexInstr g) => g.Dst.Desc is { } d && d.StartsWith("method '", StringComparison.Ordinal);

        /// <summary>True when <paramref name="op"/> is a string constant (keyed access can skip the type dispatch).</summary>
        private bool IsStringConstant(Operand op) => op.Kind == OperandKind.Constant && owner._strings.IsString(op.Index);

        private void LoadDesc(string? desc)
        {
            if (desc is null) _il.Emit(OpCodes.Ldnull);
            else _il.Emit(OpCodes.Ldstr, desc);
        }

        private void LoadState() => _il.Emit(OpCodes.Ldarg_1);

        private void LoadEnv()
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, R.Env);
        }

        // ---- instructions ----

        private void Instruction(Instr instr)
        {
            switch (instr)
            {
                case MoveInstr m:
                    if (IsNumber(m.Src)) StoreNum(m.Dst, () => LoadNum(m.Src));
                    else Store(m.Dst, () => Load(m.Src));
                    break;
                case GetGlobalInstr g:
                    Store(g.Dst, () =>
                    {
                        LoadState();
                        LoadEnv();
                        owner._strings.LoadString(_il, g.Name);
                        _il.Emit(OpCodes.Ldsflda, owner.NextCacheSlot());
                        _il.Emit(OpCodes.Ldc_I4, g.Line);
                        _il.Emit(OpCodes.Call, R.Op(nameof(LuaOps.GetGlobalCached)));
                    });
                    break;
                case SetGlobalInstr s:
                    LoadState();
                    LoadEnv();
                    owner._strings.LoadString(_il, s.Name);
                    Load(s.Src);
                    _il.Emit(OpCodes.Ldc_I4, s.Line);
                    _il.Emit(OpCodes.Call, R.Op(nameof(LuaOps.SetGlobalStr)));
                    break;
                case GetIndexInstr g:
                    Store(g.Dst, () =>
                    {
                        bool stringKey = IsStringConstant(g.Key);
                        bool numberKey = !stringKey && IsNumber(g.Key);
                        LoadState();
                        Load(g.Obj);
                        if (stringKey)
                        {
                            owner._strings.LoadString(_il, g.Key.Index);
                            _il.Emit(OpCodes.Ldsflda, owner.NextCacheSlot());
                        }
                        else if (numberKey) LoadNum(g.Key);
                        else Load(g.Key);
                        LoadDesc(g.Obj.Desc);
                        _il.Emit(OpCodes.Ldc_I4, g.Line);
                        _il.Emit(OpCodes.Call, stringKey ? R.Op(IsMethodLookup(g) ? nameof(LuaOps.IndexMethodCached) : nameof(LuaOps.IndexStrCached))
                            : numberKey ? R.Support(nameof(LuaCodeSupport.IndexNum)) : R.Op(nameof(LuaOps.Index)));
                    });
                    break;
                case SetIndexInstr s:
                    bool setStringKey = IsStringConstant(s.Key);
                    bool setNumberKey = !setStringKey && IsNumber(s.Key);
                    LoadState();
                    Load(s.Obj);
                    if (setStringKey) owner._strings.LoadString(_il, s.Key.Index);
                    else if (setNumberKey) LoadNum(s.Key);
                    else Load(s.Key);
                    Load(s.Value);
                    if (setStringKey) _il.Emit(OpCodes.Ldsflda, owner.NextCacheSlot());
                    LoadDesc(s.Obj.Desc);
                    _il.Emit(OpCodes.Ldc_I4, s.Line);
                    _il.Emit(OpCodes.Call, setStringKey ? R.Op(nameof(LuaOps.SetIndexStrCached))
                        : setNumberKey ? R.Support(nameof(LuaCodeSupport.SetIndexNum)) : R.Op(nameof(LuaOps.SetIndex)));
                    break;
                case ArithInstr a:
                    if (TryNumericArith(a)) break;
                    Store(a.Dst, () =>
                    {
                        LoadState();
                        Load(a.A);
                        Load(a.B);
                        LoadDesc(a.A.Desc);
                        LoadDesc(a.B.Desc);
                        _il.Emit(OpCodes.Ldc_I4, a.Line);
                        _il.Emit(OpCodes.Call, R.Op(a.Op.ToString()));
                    });
                    break;
                case UnaryInstr u:
                    if (TryNumericNeg(u)) break;
                    Store(u.Dst, () => Unary(u));
                    break;
                case ConcatInstr c:
                    Concat(c);
                    break;
                case CompareInstr c:
                    Store(c.Dst, () =>
                    {
                        Compare(c.Op, c.A, c.B, c.Line);
                        _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.Boolean)));
                    });
                    break;
                case JumpCompareInstr j:
                    CheckInterruptOnBackEdge(j.Target);
                    BoxOnJump(j.Target);
                    if (TryNumericJumpCompare(j)) break;
                    Compare(j.Op, j.A, j.B, j.Line);
                    _il.Emit(j.WhenTrue ? OpCodes.Brtrue : OpCodes.Brfalse, _labels[j.Target.Id]);
                    break;
                case JumpIfInstr j:
                    CheckInterruptOnBackEdge(j.Target);
                    BoxOnJump(j.Target);
                    Load(j.Value);
                    _il.Emit(OpCodes.Call, R.Support(j.Test == JumpTest.Nil ? nameof(LuaCodeSupport.IsNil) : nameof(LuaCodeSupport.IsTruthy)));
                    _il.Emit(j.Test == JumpTest.Falsy ? OpCodes.Brfalse : OpCodes.Brtrue, _labels[j.Target.Id]);
                    break;
                case JumpInstr j:
                    CheckInterruptOnBackEdge(j.Target);
                    BoxOnJump(j.Target);
                    _il.Emit(OpCodes.Br, _labels[j.Target.Id]);
                    break;
                case LabelInstr l:
                    _il.MarkLabel(_labels[l.Label.Id]);
                    _placed.Add(l.Label.Id);
                    break;
                case NewTableInstr t:
                    Store(t.Dst, () =>
                    {
                        _il.Emit(OpCodes.Ldc_I4, LuaTable.RoundConstructorSize(t.ArraySize));
                        _il.Emit(OpCodes.Ldc_I4, LuaTable.RoundConstructorSize(t.HashSize));
                        _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.NewTableRounded)));
                    });
                    break;
                case SetListInstr s:
                    SetList(s);
                    break;
                case ClosureInstr c:
                    Store(c.Dst, () => NewClosure(c.Child));
                    break;
                case DeclareLocalInstr d:
                    if (_proto.Locals[d.Local].Captured)
                        StoreCell(d.Local, () => _il.Emit(OpCodes.Newobj, R.CellCtor));
                    break;
                case CallInstr c:
                    Call(c);
                    break;
                case VarargInstr v:
                    Vararg(v);
                    break;
                case ReturnInstr r:
                    Return(r);
                    break;
                case ForPrepInstr f:
                    if (NumberHomeAfter(f.Index) is not null) NumericForPrep(f);
                    else ForPrep(f);
                    break;
                case ForLoopInstr f:
                    if (!TryNumericForLoop(f)) ForLoop(f);
                    break;
                default:
                    throw new InvalidOperationException($"cannot lower {instr.GetType().Name}");
            }
        }

        private void CheckInterruptOnBackEdge(Prototypes.Label target)
        {
            if (_placed.Contains(target.Id)) CheckInterrupt();
        }

        /// <summary>if (L.Interrupt.Pending) L.Interrupt.Handle(L): how a host stops a script that runs too long.</summary>
        private void CheckInterrupt()
        {
            var go = _il.DefineLabel();
            LoadState();
            _il.Emit(OpCodes.Ldfld, R.Interrupt);
            _il.Emit(OpCodes.Volatile);
            _il.Emit(OpCodes.Ldfld, R.InterruptPending);
            _il.Emit(OpCodes.Brfalse, go);
            LoadState();
            _il.Emit(OpCodes.Ldfld, R.Interrupt);
            LoadState();
            _il.Emit(OpCodes.Callvirt, R.HandleInterrupt);
            _il.MarkLabel(go);
        }

        private void Unary(UnaryInstr u)
        {
            if (u.Op == UnaryOp.Not)
            {
                Load(u.A);
                _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.Not)));
                return;
            }
            LoadState();
            Load(u.A);
            LoadDesc(u.A.Desc);
            _il.Emit(OpCodes.Ldc_I4, u.Line);
            _il.Emit(OpCodes.Call, R.Op(u.Op == UnaryOp.Neg ? nameof(LuaOps.Unm) : nameof(LuaOps.Len)));
        }

        /// <summary>Pushes the boolean result of a comparison.</summary>
        private void Compare(CompareOp op, Operand a, Operand b, int line)
        {
            if (TryNumericCompare(op, a, b)) return;
            if (op == CompareOp.Eq && (a.Kind == OperandKind.Nil || b.Kind == OperandKind.Nil))
            {
                // `x == nil` needs no metamethod and no type dispatch: one null test. Loops over
                // linked lists (`while p ~= nil`) otherwise paid a call to Eq's slow path per step.
                Load(a.Kind == OperandKind.Nil ? b : a);
                _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.IsNil)));
                return;
            }
            LoadState();
            Load(a);
            Load(b);
            if (op == CompareOp.Eq)
            {
                _il.Emit(OpCodes.Call, R.Op(nameof(LuaOps.Eq)));
                return;
            }
            _il.Emit(OpCodes.Ldc_I4, line);
            _il.Emit(OpCodes.Call, R.Op(op == CompareOp.Lt ? nameof(LuaOps.Lt) : nameof(LuaOps.Le)));
        }

        private void NewClosure(int childIndex)
        {
            var child = owner._children[childIndex];
            var descs = _proto.Children[childIndex].Upvalues;
            _il.Emit(OpCodes.Newobj, child.Type.Constructor);
            _il.Emit(OpCodes.Dup);
            LoadEnv();
            _il.Emit(OpCodes.Stfld, R.Env);
            for (int i = 0; i < descs.Count; i++)
            {
                _il.Emit(OpCodes.Dup);
                if (descs[i].FromParentLocal) LoadCell(descs[i].Index);
                else
                {
                    _il.Emit(OpCodes.Ldarg_0);
                    _il.Emit(OpCodes.Ldfld, owner._upvalues[descs[i].Index]);
                }
                _il.Emit(OpCodes.Stfld, child.UpvalueFields[i]);
            }
            _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.FunctionValue)));
        }

        private void ForPrep(ForPrepInstr f)
        {
            LoadState();
            LoadTempAddress(f.Index);
            LoadTempAddress(f.Limit);
            LoadTempAddress(f.Step);
            _il.Emit(OpCodes.Ldc_I4, f.Line);
            _il.Emit(OpCodes.Call, R.Op(nameof(LuaOps.ForPrep)));
            // 5.1 starts from init - step and adds the step before the first test, so the sums match it bit for bit.
            Store(f.Index, () =>
            {
                Load(f.Index);
                Load(f.Step);
                _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.NumSub)));
            });
        }

        private void ForLoop(ForLoopInstr f)
        {
            CheckInterrupt();
            // The sum goes through a scratch local: loads see the state before the store, and the store may change the index's home.
            Load(f.Index);
            Load(f.Step);
            _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.NumAdd)));
            _il.Emit(OpCodes.Stloc, _result);
            Store(f.Index, () => _il.Emit(OpCodes.Ldloc, _result));
            BoxOnJump(f.Body);
            _il.Emit(OpCodes.Ldloc, _result);
            Load(f.Limit);
            Load(f.Step);
            _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.ForContinues)));
            _il.Emit(OpCodes.Brtrue, _labels[f.Body.Id]);
        }
    }
}
