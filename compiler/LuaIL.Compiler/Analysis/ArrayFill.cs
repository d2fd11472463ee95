using LuaIL.Compiler.Prototypes;

namespace LuaIL.Compiler.Analysis;

/// <summary>Finds the table a numeric <c>for</c> loop fills as <c>t[i] = v</c>, so its array storage can be reserved once before the loop.</summary>
/// <remarks>
/// Only a hint: the reservation changes the capacity of the storage, never 5.1's array size, so
/// <c>#</c>, <c>next</c> and the array/hash split stay exactly 5.1's whatever the body does. The
/// table must be an uncaptured local that the body never writes, so it already holds its value
/// (or nil) when the prep reads it.
/// </remarks>
internal static class ArrayFill
{
    /// <summary>The local the loop prepared at <paramref name="prepPc"/> stores into with its variable as the key, or null.</summary>
    public static Operand? FilledTable(CompilationProto proto, int prepPc)
    {
        var code = proto.Code;
        int end = NumericAnalysis.ForLoopOf(code, prepPc);
        if (end < 0) return null;
        var index = ((ForPrepInstr)code[prepPc]).Index;
        Operand? variable = null;
        Operand? table = null;
        for (int pc = prepPc + 1; pc < end; pc++)
        {
            switch (code[pc])
            {
                case MoveInstr m when variable is null && m.Src.SamePlace(index):
                    variable = m.Dst;
                    break;
                case SetIndexInstr s when table is null && variable is { } v && s.Key.SamePlace(v)
                    && s.Obj.Kind == OperandKind.Local && !proto.Locals[s.Obj.Index].Captured:
                    table = s.Obj;
                    break;
            }
        }
        if (table is not { } t || variable is not { } var) return null;
        for (int pc = prepPc + 1; pc < end; pc++)
        {
            var writes = NumericAnalysis.Writes(code[pc]);
            if (writes is null) return null;
            foreach (var w in writes)
                if (w.SamePlace(t) || (w.SamePlace(var) && !(code[pc] is MoveInstr m && m.Src.SamePlace(index)))) return null;
        }
        return t;
    }
}
