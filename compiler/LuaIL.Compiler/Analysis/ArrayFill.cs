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
        if (code[prepPc] is not ForPrepInstr prep) return null;
        Operand? variable = null;
        Operand? table = null;
        int end = -1;
        for (int pc = prepPc + 1; pc < code.Count && end < 0; pc++)
        {
            switch (code[pc])
            {
                case ForLoopInstr l when Same(l.Index, prep.Index):
                    end = pc;
                    break;
                case MoveInstr m when variable is null && Same(m.Src, prep.Index):
                    variable = m.Dst;
                    break;
                case SetIndexInstr s when table is null && variable is { } v && Same(s.Key, v)
                    && s.Obj.Kind == OperandKind.Local && !proto.Locals[s.Obj.Index].Captured:
                    table = s.Obj;
                    break;
            }
        }
        if (end < 0 || table is not { } t || variable is not { } var) return null;
        for (int pc = prepPc + 1; pc < end; pc++)
        {
            var writes = NumericAnalysis.Writes(code[pc]);
            if (writes is null) return null;
            foreach (var w in writes)
                if (Same(w, t) || (Same(w, var) && !(code[pc] is MoveInstr m && Same(m.Src, prep.Index)))) return null;
        }
        return t;
    }

    private static bool Same(Operand a, Operand b) => a.Kind == b.Kind && a.Index == b.Index;
}
