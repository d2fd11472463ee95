using System.Reflection;
using System.Reflection.Emit;

namespace LuaIL.Compiler.Emit.ReflectionEmit;

/// <summary>One in-memory assembly with its module and the metadata tokens its IL has looked up; unloaded, when collectible, once nothing it defined is reachable.</summary>
internal sealed class ReflectionEmitModule
{
    private static int s_count;
    private int _compilations;

    /// <param name="cacheCallTokens">False emits every call the ordinary way (tests compare the two).</param>
    public ReflectionEmitModule(bool collectible, bool cacheCallTokens = true)
    {
        var name = $"LuaIL.Dynamic.{Interlocked.Increment(ref s_count)}";
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), collectible ? AssemblyBuilderAccess.RunAndCollect : AssemblyBuilderAccess.Run);
        Builder = assembly.DefineDynamicModule(name);
        Tokens = new ReflectionEmitTokens(Builder, cacheCallTokens);
        Collectible = collectible;
    }

    public ModuleBuilder Builder { get; }
    public ReflectionEmitTokens Tokens { get; }
    public bool Collectible { get; }

    /// <summary>How many compilations have started here.</summary>
    public int Compilations => _compilations;

    /// <summary>Numbers a new compilation (from 1), so that its top-level class name is unique in the module.</summary>
    public int BeginCompilation() => ++_compilations;
}

/// <summary>
/// Compilations that live and die together (a server's script cache, until its flush) share in-memory
/// modules: a new module every <see cref="CompilationsPerModule"/> compilations.
/// </summary>
/// <remarks>
/// Sharing saves creating an assembly per script and reuses the module's token lookups. The cap is
/// there because defining a type in a dynamic module gets slower as the module grows: on the 20-line
/// rate limiter of RedisCompileBenchmarks, one module for every script went from 1.0 ms a script to
/// 14 ms after 15,000 scripts, while a module every 8, 32 or 128 scripts all stayed at about 1.0 ms
/// (1.33 ms with a module per script).
/// </remarks>
internal sealed class ReflectionEmitModuleGroup(bool collectible)
{
    public const int CompilationsPerModule = 32;

    private ReflectionEmitModule? _current;

    /// <summary>The module the next compilation goes into.</summary>
    public ReflectionEmitModule Next()
    {
        if (_current is null || _current.Compilations >= CompilationsPerModule) _current = new ReflectionEmitModule(collectible);
        return _current;
    }

    /// <summary>Leaves the current module after a compilation failed half way: its unfinished types stay out of later ones' way.</summary>
    public void Abandon() => _current = null;
}
