using System.Reflection.Emit;
using LuaIL.Runtime;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        // '...' is a window, one span local: in the fast form over the caller's arguments (see
        // LuaVarargs.Enter), in the resumable form over the heap frame's own array (_varargArray).
        // _varargTop is the L.Top to restore on leaving.
        private EmittedLocal? _varargs;
        private EmittedLocal? _varargArray;
        private EmittedLocal? _varargTop;

        private void DeclareVarargLocals()
        {
            if (!_proto.IsVararg) return;
            _varargs = _il.DeclareLocal(R.Span, "varargs");
            if (_resumable) _varargArray = _il.DeclareLocal(R.ValueArray, "varargArray");
            else _varargTop = _il.DeclareLocal(typeof(int), "varargTop");
        }

        /// <summary>The extra arguments into their window at entry; the resumable form copies them into an array that survives suspension.</summary>
        private void EnterVarargs()
        {
            if (_resumable)
            {
                _il.LoadArgument(form.SpanArgument);
                _il.Emit(OpCodes.Ldc_I4, _proto.ParameterCount);
                _il.Emit(OpCodes.Call, R.Support(nameof(LuaCodeSupport.Varargs)));
                _il.Emit(OpCodes.Stloc, _varargArray!);
                WholeArrayWindow();
                return;
            }
            LoadState();
            _il.Emit(OpCodes.Ldfld, R.Top);
            _il.Emit(OpCodes.Stloc, _varargTop!);
            LoadState();
            _il.LoadArgument(form.SpanArgument);
            _il.Emit(OpCodes.Ldc_I4, _proto.ParameterCount);
            _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.Enter)));
            _il.Emit(OpCodes.Stloc, _varargs!);
        }

        /// <summary>Resumable form, continuing a suspended frame: the window is the frame's array again.</summary>
        private void ReloadVarargs()
        {
            if (_varargs is null) return;
            _il.Emit(OpCodes.Ldloc, _frame);
            _il.Emit(OpCodes.Ldfld, R.HeapFrameVarargs);
            _il.Emit(OpCodes.Stloc, _varargArray!);
            WholeArrayWindow();
        }

        private void WholeArrayWindow()
        {
            _il.Emit(OpCodes.Ldloc, _varargArray!);
            _il.Emit(OpCodes.Newobj, R.SpanOfArray);
            _il.Emit(OpCodes.Stloc, _varargs!);
        }

        private void LoadVarargWindow() => _il.Emit(OpCodes.Ldloc, _varargs!);

        /// <summary>Pushes the compatibility <c>arg</c> table built from the extra arguments.</summary>
        private void LoadArgTable()
        {
            LoadVarargWindow();
            _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.ArgTable)));
        }

        /// <summary>Pushes the extra argument <paramref name="k"/> (0-based), nil past the end.</summary>
        private void LoadVarargAt(int k)
        {
            LoadVarargWindow();
            _il.Emit(OpCodes.Ldc_I4, k);
            _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.At)));
        }

        private void LoadVarargCount()
        {
            _il.Emit(OpCodes.Ldloca, _varargs!);
            _il.Emit(OpCodes.Call, R.SpanLength);
        }

        /// <summary>Copies the extra arguments to <c>_stack[_top + index..]</c>.</summary>
        private void CopyVarargs(int index)
        {
            LoadVarargWindow();
            _il.Emit(OpCodes.Ldloc, _stack);
            _il.Emit(OpCodes.Ldloc, _top);
            _il.Emit(OpCodes.Ldc_I4, index);
            _il.Emit(OpCodes.Add);
            _il.Emit(OpCodes.Call, R.Varargs(nameof(LuaVarargs.CopyTo)));
        }

        /// <summary>L.Top = its value at entry, when the entry may have raised it over copied extra arguments.</summary>
        private void RestoreVarargTop()
        {
            if (_varargTop is null) return;
            LoadState();
            _il.Emit(OpCodes.Ldloc, _varargTop);
            _il.Emit(OpCodes.Stfld, R.Top);
        }
    }
}
