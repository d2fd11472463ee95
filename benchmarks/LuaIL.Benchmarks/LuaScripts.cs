using LuaIL.Compiler;
using LuaIL.Compiler.Text;
using LuaIL.Runtime;

namespace LuaIL.Benchmarks;

/// <summary>Compiles a script in memory into a fresh state with the standard libraries, and runs its main chunk.</summary>
internal static class LuaScripts
{
    public static (LuaState State, LuaValue Result) Run(string source)
    {
        var L = new LuaState();
        LuaStandardLibrary.OpenAll(L);
        L.ChunkLoader = LuaChunkLoader.Instance;
        var chunk = LuaCompilation.CompileInMemory(SourceText.From(source, "=bench"), L.Globals).Value
            ?? throw new InvalidOperationException("benchmark script does not compile");
        return (L, chunk.Invoke(L));
    }

    public static LuaClosure Function(string source)
    {
        var (_, result) = Run(source);
        return (LuaClosure)result.Obj!;
    }
}
