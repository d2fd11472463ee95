using System.Reflection.Emit;
using LuaIL.Compiler.Prototypes;
using LuaIL.Runtime;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        /// <summary>
        /// <c>select('#', ...)</c> and <c>select(i, ...)</c> with a fixed number of results, when the
        /// callee is the base library's <c>select</c> (one reference compare): the count, or the
        /// values from the i-th on, read from the vararg window. A call copies every extra argument
        /// to the stack and <c>select</c> copies the results once more, so a loop over
        /// <c>select(i, ...)</c> was quadratic in copies. Any other callee, and an index that is not
        /// a whole number of at least 1, take the call as written (which coerces or raises).
        /// </summary>
        private bool SelectOnVarargs(CallInstr c)
        {
            if (_resumable || _varargs is null || c.Mode is not (CallMode.Fixed or CallMode.Tail) || !c.MultiArgs
                || _pending != PendingMulti.Varargs || c.Args.Length != 1) return false;
            var general = _il.DefineLabel();
            var done = _il.DefineLabel();
            Load(c.Function);
            _il.Emit(OpCodes.Ldfld, R.ValueObj);
            _il.Emit(OpCodes.Ldsfld, R.SelectFunction);
            _il.Emit(OpCodes.Bne_Un, general);
            if (c.Mode == CallMode.Tail)
            {
                // return select(...): the count, or the values from the i-th on, as this function's results.
                bool count = IsCountSelector(c.Args[0]);
                if (!count) SelectStart(c.Args[0], general);
                LoadState();
                LoadVarargWindow();
                if (count) _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.ReturnCount)));
                else
                {
                    _il.Emit(OpCodes.Ldloc, _selectStart!);
                    _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.ReturnFrom)));
                }
                _il.Emit(OpCodes.Stloc, _result);
                LeaveFrame();
                _il.Emit(OpCodes.Ldloc, _result);
                _il.Emit(OpCodes.Ret);
                _il.MarkLabel(general);
                CallAsIs(c);
                return true;
            }
            if (IsCountSelector(c.Args[0]))
            {
                Store(c.Results[0], () =>
                {
                    LoadVarargCount();
                    _il.Emit(OpCodes.Conv_R8);
                    _il.Emit(OpCodes.Newobj, R.ValueFromNumber);
                });
                for (int k = 1; k < c.Results.Length; k++) Store(c.Results[k], () => _il.Emit(OpCodes.Ldsfld, R.Nil));
            }
            else
            {
                SelectStart(c.Args[0], general);
                for (int k = 0; k < c.Results.Length; k++)
                {
                    int offset = k;
                    Store(c.Results[k], () =>
                    {
                        LoadVarargWindow();
                        _il.Emit(OpCodes.Ldloc, _selectStart!);
                        if (offset > 0)
                        {
                            _il.Emit(OpCodes.Ldc_I4, offset);
                            _il.Emit(OpCodes.Add);
                        }
                        _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.At)));
                    });
                }
            }
            _il.Emit(OpCodes.Br, done);
            _il.MarkLabel(general);
            CallAsIs(c);
            _il.MarkLabel(done);
            return true;
        }

        private EmittedLocal? _selectStart;

        /// <summary>The 0-based start of <c>select(i, ...)</c> into <c>_selectStart</c>; an index it cannot take goes to <paramref name="general"/>.</summary>
        private void SelectStart(Operand index, EmittedLabel general)
        {
            _selectStart ??= _il.DeclareLocal(typeof(int), "selectStart");
            Load(index);
            _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.SelectStart)));
            _il.Emit(OpCodes.Stloc, _selectStart);
            _il.Emit(OpCodes.Ldloc, _selectStart);
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Blt, general);
        }

        /// <summary>5.1's select counts when its first argument is a string starting with '#'.</summary>
        private bool IsCountSelector(Operand op)
            => op.Kind == OperandKind.Constant && _proto.Constants[op.Index].String is { Length: > 0 } s && s[0] == (byte)'#';
    }
}
