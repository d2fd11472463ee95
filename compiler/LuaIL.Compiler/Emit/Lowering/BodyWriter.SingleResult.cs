using System.Reflection.Emit;
using LuaIL.Compiler.Prototypes;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        /// <summary>
        /// <c>f(a, g(b))</c> passes every result of <c>g</c>, so the outer call's arguments are only
        /// known at run time. Nearly always <c>g</c> returns exactly one value; then the outer call
        /// takes a fixed-arity entry (and its direct path) instead of building a span, and only
        /// other counts pay for the span. In ack this is the hot path.
        /// </summary>
        private bool SplitOnSingleResult(CallInstr c)
        {
            if (!c.MultiArgs || _pending != PendingMulti.CallResults || c.Args.Length >= MaxFixedArity) return false;
            var general = _il.DefineLabel();
            var done = _il.DefineLabel();
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, R.NRet);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Bne_Un, general);
            _pending = PendingMulti.None;
            CallAsIs(c with { Args = [.. c.Args, PendingFirst], MultiArgs = false });
            if (c.Mode != CallMode.Tail) _il.Emit(OpCodes.Br, done);
            var after = _pending;
            _il.MarkLabel(general);
            _pending = PendingMulti.CallResults;
            CallAsIs(c);
            if (_pending != after) throw new InvalidOperationException("the two paths of a split call leave different pending values");
            _il.MarkLabel(done);
            return true;
        }

        /// <summary>
        /// Stands for the first result of the pending call (<c>_multiFirst</c>) among the arguments of
        /// a split call; only the lowering creates it, and <see cref="Load"/> knows it.
        /// </summary>
        private static readonly Operand PendingFirst = new(OperandKind.Nil, -1);
    }
}
