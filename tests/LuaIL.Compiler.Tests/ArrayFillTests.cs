using LuaIL.Compiler.Analysis;
using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Text;

namespace LuaIL.Compiler.Tests;

/// <summary>Which numeric <c>for</c> loops get their table's array storage reserved up front.</summary>
public sealed class ArrayFillTests
{
    /// <summary>The name of the local the first loop of <paramref name="source"/> fills, or null.</summary>
    private static string? Filled(string source)
    {
        var p = LuaCompilation.BuildProto(SourceText.From(source, "=t")).Value!;
        int prep = p.Code.ToList().FindIndex(i => i is ForPrepInstr);
        Assert.True(prep >= 0);
        return ArrayFill.FilledTable(p, prep) is { } t ? p.Locals[t.Index].Name : null;
    }

    [Fact]
    public void AFillOfALocalTableIsFound()
    {
        Assert.Equal("t", Filled("local t = {} for i = 1, 10 do t[i] = false end return t"));
        Assert.Equal("c", Filled("local c, n = {}, ... for j = 4, n, 2 do if g then c[j] = true end end"));
    }

    [Fact]
    public void OtherKeysAndOtherTablesAreNot()
    {
        Assert.Null(Filled("local t = {} for i = 1, 10 do t[i + 1] = i end"));
        Assert.Null(Filled("local t = {} for i = 1, 10 do g[i] = i end"));
        Assert.Null(Filled("local t = {} for i = 1, 10 do t.x = i end"));
    }

    [Fact]
    public void ATableTheBodyWritesOrDeclaresOrAClosureCapturesIsNot()
    {
        Assert.Null(Filled("local t = {} for i = 1, 10 do t[i] = i t = {} end"));
        Assert.Null(Filled("for i = 1, 10 do local t = {} t[i] = i end"));
        Assert.Null(Filled("local t = {} local f = function() return t end for i = 1, 10 do t[i] = i end"));
        Assert.Null(Filled("local t = {} for i = 1, 10 do i = i + 1 t[i] = i end"));
    }
}
