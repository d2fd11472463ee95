using System.Reflection.Emit;
using LuaIL.Compiler.Prototypes;
using LuaIL.Runtime;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        /// <summary>Pushes the callable for <paramref name="fn"/> (the function itself, or its <c>__call</c> wrapper).</summary>
        /// <param name="site">The site's callee-class cache, when the call has one.</param>
        private void LoadCallable(Operand fn, int line, (EmittedField Class, EmittedField Keep)? site = null)
        {
            LoadState();
            Load(fn);
            if (site is { } slots)
            {
                _il.Emit(OpCodes.Ldsflda, slots.Class);
                _il.Emit(OpCodes.Ldsflda, slots.Keep);
            }
            LoadDesc(fn.Desc);
            _il.Emit(OpCodes.Ldc_I4, line);
            _il.Emit(OpCodes.Call, R.Op(site is null ? nameof(LuaOps.ToCallable) : nameof(LuaOps.ToCallableCached)));
        }

        /// <summary>L.Frames[depth].Site = site: the one store per call that gives errors and tracebacks their line.</summary>
        private void MarkSite(int site)
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, R.Frames);
            _il.Emit(OpCodes.Ldloc, _depth);
            _il.Emit(OpCodes.Ldelema, R.CallFrame);
            _il.Emit(OpCodes.Ldc_I4, site);
            _il.Emit(OpCodes.Stfld, R.FrameSite);
        }

        private bool FitsFixedEntry(CallInstr c) => !c.MultiArgs && c.Args.Length <= MaxFixedArity;

        /// <summary>
        /// A call with more fixed arguments than the fixed-arity entries take, from a frame that stays
        /// while it runs: the span entry gets them in this frame's argument buffer instead of
        /// L.Stack, so no reserve, no write barriers and no Top to raise and restore. A tail call's
        /// frame is gone before its callee reads them, so it keeps the stack.
        /// </summary>
        private bool Buffered(CallInstr c)
            => !_resumable && c.Mode != CallMode.Tail && !c.MultiArgs
               && c.Args.Length > MaxFixedArity && c.Args.Length <= LuaArgumentBuffer.Capacity;

        private EmittedLocal? _argBuffer;

        /// <summary>Pushes L and the arguments for the entry the call uses; for the span entry the arguments go on L.Stack or in the argument buffer first.</summary>
        private void LoadArguments(CallInstr c, bool raiseTop)
        {
            if (FitsFixedEntry(c))
            {
                LoadState();
                foreach (var a in c.Args) Load(a);
                return;
            }
            if (Buffered(c))
            {
                _argBuffer ??= _il.DeclareLocal(typeof(LuaArgumentBuffer), "args");
                for (int i = 0; i < c.Args.Length; i++)
                {
                    ArgumentSlot(i);
                    Load(c.Args[i]);
                    _il.Emit(OpCodes.Stobj, R.Value);
                }
                LoadState();
                _il.Emit(OpCodes.Ldloca, _argBuffer);
                _il.Emit(OpCodes.Ldc_I4, c.Args.Length);
                _il.Emit(OpCodes.Call, R.ArgumentSpan);
                return;
            }
            Materialize(c.Args, c.MultiArgs, raiseTop);
            LoadState();
            LoadSpan();
        }

        private void ArgumentSlot(int i)
        {
            _il.Emit(OpCodes.Ldloca, _argBuffer!);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Call, R.ArgumentSlot);
        }

        /// <summary>
        /// After a span call, the result kept on the evaluation stack: L.Top back for stack arguments;
        /// the buffer cleared, as 5.1 clears dead stack slots, so it keeps no garbage reachable.
        /// </summary>
        private void AfterSpanCall(CallInstr c)
        {
            if (FitsFixedEntry(c)) return;
            if (!Buffered(c))
            {
                RestoreTop();
                return;
            }
            _il.Emit(OpCodes.Stloc, _result);
            for (int i = 0; i < c.Args.Length; i++)
            {
                ArgumentSlot(i);
                _il.Emit(OpCodes.Initobj, R.Value);
            }
            _il.Emit(OpCodes.Ldloc, _result);
        }

        private MethodInfoRef Entry(CallInstr c) => FitsFixedEntry(c) ? new(R.InvokeFixed[c.Args.Length]) : new(R.InvokeSpan);

        private readonly record struct MethodInfoRef(System.Reflection.MethodInfo Method);

        private void Call(CallInstr c)
        {
            if (_resumable && !c.NoYield)
            {
                if (c.Mode == CallMode.Tail) DeferredTailCall(c);
                else SuspendableCall(c);
                return;
            }
            if (!IteratorStep(c) && !SelectOnVarargs(c) && !SplitOnSingleResult(c)) CallAsIs(c);
        }

        private void CallAsIs(CallInstr c)
        {
            _directDone = c.Mode == CallMode.Tail ? null : _il.DefineLabel();
            bool direct = DirectCall(c) is not null;
            if (c.Mode == CallMode.Tail)
            {
                TailCall(c);
                return;
            }
            LoadCallable(c.Function, c.Line, owner.NextCallSiteSlots());
            LoadArguments(c, raiseTop: true);
            MarkSite(c.Site);
            _il.Emit(OpCodes.Callvirt, Entry(c).Method);
            AfterSpanCall(c);
            Results(c.Mode, c.Results);
            if (direct) _il.MarkLabel(_directDone!);
        }

        /// <summary>After a span call: L.Top = top, keeping the result on the evaluation stack.</summary>
        private void RestoreTop()
        {
            _il.Emit(OpCodes.Stloc, _result);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _top);
            _il.Emit(OpCodes.Stfld, R.Top);
            _il.Emit(OpCodes.Ldloc, _result);
        }

        private void Results(CallMode mode, Operand[] results)
        {
            switch (mode)
            {
                case CallMode.Discard:
                    _il.Emit(OpCodes.Pop);
                    break;
                case CallMode.Multi:
                    _il.Emit(OpCodes.Stloc, _multiFirst);
                    _pending = PendingMulti.CallResults;
                    break;
                default:
                    if (results.Length == 1)
                    {
                        _il.Emit(OpCodes.Stloc, _result);
                        Store(results[0], () => _il.Emit(OpCodes.Ldloc, _result));
                        break;
                    }
                    _il.Emit(OpCodes.Stloc, _multiFirst);
                    for (int i = 0; i < results.Length; i++)
                    {
                        int k = i;
                        Store(results[i], () =>
                        {
                            if (k == 0) _il.Emit(OpCodes.Ldloc, _multiFirst);
                            else
                            {
                                LoadState();
                                _il.Emit(OpCodes.Ldc_I4, k);
                                _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.Result)));
                            }
                        });
                    }
                    break;
            }
        }

        /// <summary>
        /// The start of both tail-call forms: the interrupt check every endless tail recursion passes,
        /// the callable into <c>_callable</c>, and a branch to the returned label for a native callee.
        /// The site remembers the class of the last Lua function it called, so calling it again
        /// costs one compare instead of two type tests against abstract classes.
        /// </summary>
        private EmittedLabel BranchUnlessLuaCallee(CallInstr c)
        {
            CheckInterrupt();
            var native = _il.DefineLabel();
            var lua = _il.DefineLabel();
            var slots = owner.NextCallSiteSlots();
            Load(c.Function);
            _il.Emit(OpCodes.Ldsfld, slots.Class);
            _il.Emit(OpCodes.Call, R.CallSiteClass(nameof(LuaCallSiteClass.Remembered)));
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, _callable);
            _il.Emit(OpCodes.Brtrue, lua);

            LoadCallable(c.Function, c.Line);
            _il.Emit(OpCodes.Stloc, _callable);
            _il.Emit(OpCodes.Ldloc, _callable);
            _il.Emit(OpCodes.Isinst, R.Closure);
            _il.Emit(OpCodes.Brfalse, native);
            _il.Emit(OpCodes.Ldloc, _callable);
            _il.Emit(OpCodes.Ldsflda, slots.Class);
            _il.Emit(OpCodes.Ldsflda, slots.Keep);
            _il.Emit(OpCodes.Call, R.CallSiteClass(nameof(LuaCallSiteClass.Remember)));
            _il.MarkLabel(lua);
            return native;
        }

        /// <summary>
        /// <c>return f(args)</c>. A Lua callee gets a real IL tail call (after this frame is popped), so
        /// tail recursion runs in constant stack; a native callee is called normally from this frame,
        /// as 5.1 does for C functions, so its errors point at this line.
        /// </summary>
        private void TailCall(CallInstr c)
        {
            var native = BranchUnlessLuaCallee(c);

            _il.Emit(OpCodes.Ldloc, _callable);
            var pending = _pending;
            LuaTailCall(c);

            _il.MarkLabel(native);
            _pending = pending;
            _il.Emit(OpCodes.Ldloc, _callable);
            LoadArguments(c, raiseTop: true);
            MarkSite(c.Site);
            _il.Emit(OpCodes.Callvirt, Entry(c).Method);
            AfterSpanCall(c);
            _il.Emit(OpCodes.Stloc, _result);
            LeaveFrame();
            _il.Emit(OpCodes.Ldloc, _result);
            _il.Emit(OpCodes.Ret);
        }

        /// <summary>L.NoteTailCall(depth, callable): only tail calls pay for the "(tail call)" levels of error levels and tracebacks.</summary>
        private void NoteTailCall()
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _depth);
            _il.Emit(OpCodes.Ldloc, _callable);
            _il.Emit(OpCodes.Callvirt, R.NoteTailCall);
        }

        /// <summary>The tail call itself, the callee (a Lua function) already pushed.</summary>
        private void LuaTailCall(CallInstr c)
        {
            // A Lua callee copies its arguments in its prologue, so L.Top need not cover them.
            LoadArguments(c, raiseTop: false);
            MarkSite(c.Site);
            NoteTailCall();
            LeaveFrame();
            _il.Emit(OpCodes.Tailcall);
            _il.Emit(OpCodes.Callvirt, Entry(c).Method);
            _il.Emit(OpCodes.Ret);
        }

        /// <summary>
        /// <c>return f(args)</c> in the resumable form. A Lua callee is deferred to the caller's call
        /// site (see <see cref="LuaFrame.CompleteTailCalls"/>), so tail recursion inside a coroutine
        /// keeps a constant depth and the callee can still suspend; a native callee (such as
        /// <c>coroutine.yield</c>) is called here, and all its results returned.
        /// </summary>
        private void DeferredTailCall(CallInstr c)
        {
            var native = BranchUnlessLuaCallee(c);
            var pending = _pending;
            LoadState();
            _il.Emit(OpCodes.Ldloc, _callable);
            Materialize(c.Args, c.MultiArgs, raiseTop: false);
            LoadSpan();
            _il.Emit(OpCodes.Callvirt, R.DeferTailCall);
            NoteTailCall();
            LeaveFrame();
            ReleaseHeapFrame();
            _il.Emit(OpCodes.Ldsfld, R.Nil);
            _il.Emit(OpCodes.Ret);

            _il.MarkLabel(native);
            _pending = pending;
            SuspendableCall(c, () => _il.Emit(OpCodes.Ldloc, _callable));
            Results(CallMode.Multi, []);
            Return(new ReturnInstr(c.Line, [], MultiTail: true));
        }

        /// <summary>
        /// A call in the resumable form. When the callee suspends (L.Yielding), this frame records the
        /// call site and returns too; resuming jumps back here and resumes the callee's frame instead
        /// of calling it again. Tail calls the callee deferred run here before the result is used.
        /// </summary>
        private void SuspendableCall(CallInstr c, Action? loadCallable = null)
        {
            int point = _nextResumePoint++;
            var check = _il.DefineLabel();
            var after = _il.DefineLabel();
            if (loadCallable is null)
            {
                YieldWithoutCall(c, check);
                LoadCallable(c.Function, c.Line);
            }
            else loadCallable();
            Materialize(c.Args, c.MultiArgs, raiseTop: true);
            LoadState();
            LoadSpan();
            MarkSite(c.Site);
            _il.Emit(OpCodes.Callvirt, R.InvokeResumable);
            RestoreTop();
            _il.Emit(OpCodes.Stloc, _result);
            _il.Emit(OpCodes.Br, check);

            _il.MarkLabel(_resumePoints[point]);
            ReloadLiveRegisters(point);
            MarkSite(c.Site);
            LoadState();
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.LoadArgument(3);
            _il.Emit(OpCodes.Call, R.ResumeChild);
            _il.Emit(OpCodes.Stloc, _result);

            _il.MarkLabel(check);
            var noTailCall = _il.DefineLabel();
            LoadState();
            _il.Emit(OpCodes.Ldfld, R.TailCallee);
            _il.Emit(OpCodes.Brfalse, noTailCall);
            LoadState();
            _il.Emit(OpCodes.Ldloc, _result);
            _il.Emit(OpCodes.Call, R.CompleteTailCalls);
            _il.Emit(OpCodes.Stloc, _result);
            _il.MarkLabel(noTailCall);
            LoadState();
            _il.Emit(OpCodes.Ldfld, R.Yielding);
            _il.Emit(OpCodes.Brfalse, after);
            BranchToSuspend(point);

            _il.MarkLabel(after);
            _il.Emit(OpCodes.Ldloc, _result);
            if (c.Mode != CallMode.Tail) Results(c.Mode, c.Results);
        }

        /// <summary>L.Depth = depth - 1 (and L.Top as at entry, see <see cref="RestoreVarargTop"/>).</summary>
        private void LeaveFrame()
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _depth);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Sub);
            _il.Emit(OpCodes.Stfld, R.Depth);
            RestoreVarargTop();
        }

        /// <summary>
        /// Writes <paramref name="values"/> and then the pending multi values to L.Stack[top..top+count);
        /// sets the <c>_top</c>, <c>_stack</c> and <c>_count</c> locals; raises L.Top past them when asked.
        /// </summary>
        private void Materialize(Operand[] values, bool multi, bool raiseTop)
        {
            int k = values.Length;
            _il.Emit(OpCodes.Ldc_I4, k);
            if (multi)
            {
                LoadMultiCount();
                _il.Emit(OpCodes.Add);
            }
            _il.Emit(OpCodes.Stloc, _count);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, R.Top);
            _il.Emit(OpCodes.Stloc, _top);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _count);
            _il.Emit(OpCodes.Callvirt, R.Reserve);
            _il.Emit(OpCodes.Stloc, _stack);
            for (int i = 0; i < k; i++)
            {
                _il.Emit(OpCodes.Ldloc, _stack);
                _il.Emit(OpCodes.Ldloc, _top);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Add);
                _il.Emit(OpCodes.Ldelema, R.Value);
                Load(values[i]);
                _il.Emit(OpCodes.Call, R.StoreInto);
            }
            if (multi)
            {
                if (_pending == PendingMulti.CallResults)
                {
                    LoadState();
                    _il.Emit(OpCodes.Ldloc, _multiFirst);
                    _il.Emit(OpCodes.Ldloc, _stack);
                    _il.Emit(OpCodes.Ldloc, _top);
                    _il.Emit(OpCodes.Ldc_I4, k);
                    _il.Emit(OpCodes.Add);
                    _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.CopyResults)));
                }
                else CopyVarargs(k);
                _pending = PendingMulti.None;
            }
            if (raiseTop)
            {
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldloc, _top);
                _il.Emit(OpCodes.Ldloc, _count);
                _il.Emit(OpCodes.Add);
                _il.Emit(OpCodes.Stfld, R.Top);
            }
        }

        private void LoadMultiCount()
        {
            if (_pending == PendingMulti.CallResults)
            {
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldfld, R.NRet);
            }
            else if (_pending == PendingMulti.Varargs) LoadVarargCount();
            else throw new InvalidOperationException("no multiple values pending");
        }

        /// <summary>new ReadOnlySpan&lt;LuaValue&gt;(stack, top, count)</summary>
        private void LoadSpan()
        {
            _il.Emit(OpCodes.Ldloc, _stack);
            _il.Emit(OpCodes.Ldloc, _top);
            _il.Emit(OpCodes.Ldloc, _count);
            _il.Emit(OpCodes.Newobj, R.SpanCtor);
        }

        private void Vararg(VarargInstr v)
        {
            if (v.Multi)
            {
                _pending = PendingMulti.Varargs;
                return;
            }
            for (int i = 0; i < v.Results.Length; i++)
            {
                int k = i;
                Store(v.Results[i], () => LoadVarargAt(k));
            }
        }

        private void Return(ReturnInstr r)
        {
            var values = r.Values;
            if (!r.MultiTail && values.Length <= 3)
            {
                LeaveFrame();
                LoadState();
                foreach (var v in values) Load(v);
                _il.Emit(OpCodes.Callvirt, values.Length switch
                {
                    0 => R.Return0,
                    1 => R.Return1,
                    2 => R.Return2,
                    _ => R.Return3,
                });
            }
            else if (values.Length == 0 && _pending == PendingMulti.Varargs)
            {
                // return ...: straight from the window to L.Ret, without a copy on the stack between.
                LoadState();
                LoadVarargWindow();
                _il.Emit(OpCodes.Callvirt, R.ReturnMany);
                _pending = PendingMulti.None;
                LeaveFrame();
            }
            else
            {
                Materialize(values, r.MultiTail, raiseTop: false);
                LoadState();
                LoadSpan();
                _il.Emit(OpCodes.Callvirt, R.ReturnMany);
                LeaveFrame();
            }
            if (_resumable)
            {
                // The values are out of the registers now, so the frame can go back to the pool.
                _il.Emit(OpCodes.Stloc, _result);
                ReleaseHeapFrame();
                _il.Emit(OpCodes.Ldloc, _result);
            }
            _il.Emit(OpCodes.Ret);
        }

        /// <summary>A batch at once, as 5.1's <c>OP_SETLIST</c>: the array part grows to the batch's end first.</summary>
        private void SetList(SetListInstr s)
        {
            if (s.Values.Length == 0 && s.MultiTail)
            {
                // {...} and { f() }: straight from the window or L.Ret into the table.
                Load(s.Table);
                _il.Emit(OpCodes.Ldc_I4, s.Start);
                if (_pending == PendingMulti.Varargs)
                {
                    LoadVarargWindow();
                    _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.SetList)));
                }
                else
                {
                    LoadState();
                    _il.Emit(OpCodes.Ldloc, _multiFirst);
                    _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.SetListResults)));
                }
                _pending = PendingMulti.None;
                return;
            }
            Materialize(s.Values, s.MultiTail, raiseTop: false);
            Load(s.Table);
            _il.Emit(OpCodes.Ldc_I4, s.Start);
            LoadSpan();
            _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.SetList)));
        }
    }
}
