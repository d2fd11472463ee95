using LuaIL.Compiler.Analysis;
using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Tests;

/// <summary>What the numeric analysis proves, and what it must not: a wrong proof is a miscompile.</summary>
public sealed class NumericAnalysisTests
{
    private static (CompilationProto Proto, NumericAnalysis Facts) Analyse(string source)
    {
        var proto = LuaCompilation.BuildProto(SourceText.From(source, "=t")).Value!;
        return (proto, NumericAnalysis.Run(proto));
    }

    private static int LocalNamed(CompilationProto p, string name)
        => Enumerable.Range(0, p.Locals.Count).Single(i => p.Locals[i].Name == name);

    /// <summary>Whether local <paramref name="name"/> is a number where the first instruction matching <paramref name="at"/> reads it.</summary>
    private static bool NumberAt(string source, string name, Func<Instr, bool> at)
    {
        var (p, facts) = Analyse(source);
        int pc = p.Code.ToList().FindIndex(i => at(i));
        Assert.True(pc >= 0);
        return facts.NumberBefore(pc, LocalNamed(p, name));
    }

    [Fact]
    public void ForIndexAndArithmeticOnItAreNumbers()
    {
        const string src = "local s = 0 for i = 1, 10 do local x = i * 2 s = s + x end return s";
        Assert.True(NumberAt(src, "x", i => i is ArithInstr { Op: Runtime.ArithOp.Add }));
        Assert.True(NumberAt(src, "s", i => i is ArithInstr { Op: Runtime.ArithOp.Add }));
        Assert.True(NumberAt(src, "s", i => i is ReturnInstr));
    }

    [Fact]
    public void ATableOnOneBranchMakesTheMergeUnknown()
    {
        const string src = "local v = 1 if g then v = {} end return v";
        Assert.False(NumberAt(src, "v", i => i is ReturnInstr));
    }

    [Fact]
    public void AStringAssignedInALoopBodyReachesTheLoopHead()
    {
        // The back edge carries the string to the comparison at the top of the next iteration.
        const string src = "local c = 0 while c ~= 5 do c = c + 1 if c == 3 then c = '3' end end return c";
        Assert.False(NumberAt(src, "c", i => i is JumpCompareInstr));
    }

    [Fact]
    public void ParametersCallsAndLengthAreUnknown()
    {
        Assert.False(NumberAt("local a = ... return a + 1", "a", i => i is ArithInstr));
        Assert.False(NumberAt("local n = #g return n + 1", "n", i => i is ArithInstr));
        Assert.False(NumberAt("local n = 1 + g return n + 1", "n", i => i is ArithInstr { Line: 1 } a && a.A.Kind == OperandKind.Local));
        Assert.False(NumberAt("local n = tonumber('1') return n + 1", "n", i => i is ArithInstr));
    }

    [Fact]
    public void CapturedLocalsAreNeverNumbers()
    {
        const string src = "local n = 1 local f = function() n = 'x' end f() return n + 1";
        Assert.False(NumberAt(src, "n", i => i is ArithInstr));
    }

    [Fact]
    public void OrderComparisonsProveTheOtherOperand()
    {
        // 'n < 2' raises unless n is a number; 'm == 3' proves m only where it held.
        const string src = "local n, m = ... if n < 2 then return n + 1 end if m == 3 then return m + 1 end return m - 1";
        var (p, facts) = Analyse(src);
        var adds = Enumerable.Range(0, p.Code.Count).Where(i => p.Code[i] is ArithInstr).ToArray();
        Assert.True(facts.NumberBefore(adds[0], LocalNamed(p, "n")));
        Assert.True(facts.NumberBefore(adds[1], LocalNamed(p, "m")));
        Assert.False(facts.NumberBefore(adds[2], LocalNamed(p, "m")));
    }
}
