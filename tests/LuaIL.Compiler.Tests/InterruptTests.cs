using LuaIL.Compiler.Text;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Tests;

/// <summary>A host stops a runaway script from another thread, whatever form the runaway takes, and pcall cannot catch it.</summary>
public sealed class InterruptTests
{
    [Theory]
    [InlineData("while true do end")]
    [InlineData("repeat local x = 1 until false")]
    [InlineData("for i = 1, math and 1e300 or 1e300 do end")]
    [InlineData("local function f() return f() end f()")]
    [InlineData("local n = 0 while true do n = pcall(function() while true do end end) end")]
    [InlineData("local co = coroutine.wrap(function() while true do end end) co()")]
    [InlineData("local function g(n) if n > 0 then return g(n - 1) end return g(10) end return coroutine.wrap(g)(5)")]
    public void RunawayScriptsStopWhenTheHostAsks(string source)
    {
        var L = new LuaState();
        LuaStandardLibrary.OpenAll(L);
        var chunk = LuaCompilation.CompileInMemory(SourceText.From(source, "=runaway"), L.Globals).Value!;
        using var timer = new Timer(_ => L.Interrupt.Request(_ => new LuaTerminatedException("Script killed by user")), null, 100, Timeout.Infinite);
        var e = Assert.Throws<LuaTerminatedException>(() => chunk.Invoke(L));
        Assert.Equal("Script killed by user", e.Message);
    }

    [Fact]
    public void AHandlerThatReturnsNullLetsTheScriptGoOn()
    {
        var L = new LuaState();
        LuaStandardLibrary.OpenAll(L);
        int calls = 0;
        L.Interrupt.Request(_ => { calls++; return null; });
        var chunk = LuaCompilation.CompileInMemory(SourceText.From("local s = 0 for i = 1, 10 do s = s + i end return s", "=ok"), L.Globals).Value!;
        Assert.Equal(55.0, chunk.Invoke(L).Num);
        Assert.Equal(1, calls);
    }
}
