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
        /// The iterator call of a generic <c>for</c> (the only call the prototype builder marks
        /// <c>NoYield</c> with two arguments and fixed results). When the iterator is the library's
        /// <c>next</c> or <c>ipairs</c>'s, <see cref="LuaBaseLibrary.IteratorStep"/> takes the step in
        /// place of a call through the native-function path, and for <c>pairs</c> keeps a traversal
        /// hint so that no step looks its key up again. Any other iterator is called as written.
        /// </summary>
        private bool IteratorStep(CallInstr c)
        {
            if (!c.NoYield || c.Mode != CallMode.Fixed || c.MultiArgs || c.Args.Length != 2 || c.Results.Length == 0) return false;
            var general = _il.DefineLabel();
            var done = _il.DefineLabel();
            var hint = _il.DeclareLocal(typeof(int), "iterHint");
            _iterKey ??= _il.DeclareLocal(R.Value, "iterKey");
            _iterValue ??= _il.DeclareLocal(R.Value, "iterValue");
            Load(c.Function);
            Load(c.Args[0]);
            Load(c.Args[1]);
            _il.Emit(OpCodes.Ldloca, hint);
            _il.Emit(OpCodes.Ldloca, _iterKey);
            _il.Emit(OpCodes.Ldloca, _iterValue);
            _il.Emit(OpCodes.Call, R.IteratorStep);
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Blt, general);
            Store(c.Results[0], () => _il.Emit(OpCodes.Ldloc, _iterKey));
            if (c.Results.Length > 1) Store(c.Results[1], () => _il.Emit(OpCodes.Ldloc, _iterValue));
            for (int k = 2; k < c.Results.Length; k++) Store(c.Results[k], () => _il.Emit(OpCodes.Ldsfld, R.Nil));
            _il.Emit(OpCodes.Br, done);
            _il.MarkLabel(general);
            CallAsIs(c);
            _il.MarkLabel(done);
            return true;
        }

        private EmittedLocal? _iterKey;
        private EmittedLocal? _iterValue;
    }
}
