using LuaIL.Runtime;

namespace LuaIL.Compiler.Prototypes;

// The instruction set of CompilationProto: register-based, in the spirit of Lua 5.1's opcodes,
// with explicit labels instead of relative jumps and operand lists instead of register ranges.
// Each instruction carries the source line that 5.1 would report for it. The formula after each
// record states its meaning; R(x) is an operand's value, "multi" the values of the call or vararg
// that immediately precedes the instruction.

/// <summary>One instruction of a <see cref="CompilationProto"/>.</summary>
public abstract record Instr(int Line);

/// <summary>R(Dst) := R(Src)</summary>
public sealed record MoveInstr(int Line, Operand Dst, Operand Src) : Instr(Line);

/// <summary>R(Dst) := Env[K(Name)]</summary>
public sealed record GetGlobalInstr(int Line, Operand Dst, int Name) : Instr(Line);

/// <summary>Env[K(Name)] := R(Src)</summary>
public sealed record SetGlobalInstr(int Line, int Name, Operand Src) : Instr(Line);

/// <summary>R(Dst) := R(Obj)[R(Key)]</summary>
public sealed record GetIndexInstr(int Line, Operand Dst, Operand Obj, Operand Key) : Instr(Line);

/// <summary>R(Obj)[R(Key)] := R(Value)</summary>
public sealed record SetIndexInstr(int Line, Operand Obj, Operand Key, Operand Value) : Instr(Line);

/// <summary>R(Dst) := R(A) op R(B)</summary>
public sealed record ArithInstr(int Line, ArithOp Op, Operand Dst, Operand A, Operand B) : Instr(Line);

/// <summary>R(Dst) := -R(A) | not R(A) | #R(A)</summary>
public sealed record UnaryInstr(int Line, Syntax.UnaryOp Op, Operand Dst, Operand A) : Instr(Line);

/// <summary>R(Dst) := R(Parts[0]) .. R(Parts[1]) .. ... .. R(Parts[n-1]), n &gt;= 2, paired from the right as 5.1's OP_CONCAT</summary>
public sealed record ConcatInstr(int Line, Operand Dst, Operand[] Parts) : Instr(Line);

/// <summary>R(Dst) := R(A) op R(B) as a boolean, op one of == &lt; &lt;=</summary>
public sealed record CompareInstr(int Line, CompareOp Op, Operand Dst, Operand A, Operand B) : Instr(Line);

/// <summary>if (R(A) op R(B)) == WhenTrue then goto Target</summary>
public sealed record JumpCompareInstr(int Line, CompareOp Op, Operand A, Operand B, bool WhenTrue, Label Target) : Instr(Line);

/// <summary>if test(R(Value)) then goto Target</summary>
public sealed record JumpIfInstr(int Line, JumpTest Test, Operand Value, Label Target) : Instr(Line);

/// <summary>goto Target</summary>
public sealed record JumpInstr(int Line, Label Target) : Instr(Line);

/// <summary>Target: (a position, not an action)</summary>
public sealed record LabelInstr(int Line, Label Label) : Instr(Line);

/// <summary>R(Dst) := {} with room for ArraySize positional and HashSize keyed items</summary>
public sealed record NewTableInstr(int Line, Operand Dst, int ArraySize, int HashSize) : Instr(Line);

/// <summary>R(Table)[Start + i] := R(Values[i]), then the multi values when MultiTail</summary>
public sealed record SetListInstr(int Line, Operand Table, int Start, Operand[] Values, bool MultiTail) : Instr(Line);

/// <summary>R(Dst) := closure(Children[Child]) capturing the cells its upvalue descriptors name</summary>
public sealed record ClosureInstr(int Line, Operand Dst, int Child) : Instr(Line);

/// <summary>Starts the life of local L(Local): a fresh cell when captured, so each loop iteration gets its own</summary>
public sealed record DeclareLocalInstr(int Line, int Local) : Instr(Line);

/// <summary>Results := R(Function)(R(Args)..., multi when MultiArgs), see <see cref="CallMode"/></summary>
/// <param name="Site">Index into <see cref="CompilationProto.Sites"/>.</param>
/// <param name="NoYield">The callee runs as 5.1 runs it from C (a <c>for ... in</c> iterator): it cannot yield.</param>
public sealed record CallInstr(int Line, Operand Function, Operand[] Args, bool MultiArgs, CallMode Mode, Operand[] Results, int Site, bool NoYield = false) : Instr(Line);

/// <summary>Results := ...; or, when Multi, all the varargs become "multi" for the next instruction</summary>
public sealed record VarargInstr(int Line, Operand[] Results, bool Multi) : Instr(Line);

/// <summary>return R(Values)..., multi when MultiTail</summary>
public sealed record ReturnInstr(int Line, Operand[] Values, bool MultiTail) : Instr(Line);

/// <summary>coerce R(Index), R(Limit), R(Step) to numbers ('for' errors); R(Index) -= R(Step)</summary>
public sealed record ForPrepInstr(int Line, Operand Index, Operand Limit, Operand Step) : Instr(Line);

/// <summary>R(Index) += R(Step); if R(Index) &lt;= R(Limit) (&gt;= for a negative step) then goto Body</summary>
public sealed record ForLoopInstr(int Line, Operand Index, Operand Limit, Operand Step, Label Body) : Instr(Line);

/// <summary>How a call delivers its results.</summary>
public enum CallMode
{
    /// <summary>Results dropped (a call statement).</summary>
    Discard,
    /// <summary>Exactly <c>Results.Length</c> results (missing ones nil).</summary>
    Fixed,
    /// <summary>All results become "multi" for the next instruction.</summary>
    Multi,
    /// <summary><c>return f(...)</c>: a real tail call.</summary>
    Tail,
}

/// <summary>The comparisons with their own instructions; the others are derived by swapping or negating.</summary>
public enum CompareOp
{
    Eq,
    Lt,
    Le,
}

/// <summary>What <see cref="JumpIfInstr"/> tests.</summary>
public enum JumpTest
{
    Truthy,
    Falsy,
    Nil,
}
