using System.Reflection.Emit;
using LuaIL.Compiler.Analysis;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

// The tail version (NumericAnalysis.ChooseTailVersion): at its cut the body tests the assumed
// registers' types once; when all are numbers it jumps to a second copy of the remaining code,
// lowered with the copy's analysis and labels of its own. The copy never leaves through a jump (the
// cut is crossed by none), only by returning, so the two copies share every IL local.
internal sealed partial class ClosureLowering
{
    private sealed partial class BodyWriter
    {
        private TailVersion? _version;
        private EmittedLabel _versionEntry = null!;

        /// <summary>At the cut: when every assumed register holds a number, its double home gets it and the body goes on in the copy.</summary>
        private void BranchToVersion()
        {
            var generic = _il.DefineLabel();
            foreach (int r in _version!.Assumed)
            {
                _il.Emit(OpCodes.Ldloc, ValueHome(r));
                _il.Emit(OpCodes.Ldfld, R.ValueObj);
                _il.Emit(OpCodes.Ldsfld, R.NumberTag);
                _il.Emit(OpCodes.Bne_Un, generic);
            }
            foreach (int r in _version.Assumed)
            {
                _il.Emit(OpCodes.Ldloc, ValueHome(r));
                _il.Emit(OpCodes.Ldfld, R.ValueNum);
                StoreHome(HomeAt(r, _pc, after: false));
            }
            _il.Emit(OpCodes.Br, _versionEntry);
            _il.MarkLabel(generic);
        }

        /// <summary>The copy of the code from the cut on, under the version's analysis.</summary>
        private void WriteVersion()
        {
            var version = _version!;
            _facts = version.Facts;
            _labels = DefineLabels();
            _placed.Clear();
            _il.MarkLabel(_versionEntry);
            WriteInstructions(version.At, fromCut: true);
        }
    }
}
