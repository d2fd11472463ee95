using System.Reflection.Emit;
using LuaIL.Compiler.Prototypes;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        /// <summary>
        /// A call whose callee is probably a known generated class (a local function calling itself,
        /// a call of a local or global function this chunk defined): one exact type test of the
        /// sealed class, then a call the JIT devirtualizes, with no callable check. Any other value
        /// takes the general path that the returned label starts (the type test leaves a null to pop).
        /// </summary>
        /// <returns>The label of the general path, or null when the call has no known target.</returns>
        private EmittedLabel? DirectCall(CallInstr c)
        {
            if (_resumable || !(FitsFixedEntry(c) || Buffered(c)) || owner._targets.For(c) is not { } target) return null;
            var general = _il.DefineLabel();
            var generalPop = _il.DefineLabel();
            Load(c.Function);
            _il.Emit(OpCodes.Ldfld, R.ValueObj);
            _il.Emit(OpCodes.Isinst, target);
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Brfalse, generalPop);
            if (c.Mode == CallMode.Tail)
            {
                // The tail-call note records the callee (for "(tail call)" levels).
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, _callable);
                CheckInterrupt();
                LuaTailCall(c);
            }
            else
            {
                var pending = _pending;
                LoadArguments(c, raiseTop: false);
                MarkSite(c.Site);
                _il.Emit(OpCodes.Callvirt, Entry(c).Method);
                AfterSpanCall(c);
                Results(c.Mode, c.Results);
                _il.Emit(OpCodes.Br, _directDone!);
                _pending = pending;
            }
            _il.MarkLabel(generalPop);
            _il.Emit(OpCodes.Pop);
            _il.MarkLabel(general);
            return general;
        }

        // Where the general path of a direct call rejoins the known one.
        private EmittedLabel? _directDone;
    }
}
