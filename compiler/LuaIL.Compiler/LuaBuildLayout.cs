using LuaIL.Runtime;

namespace LuaIL.Compiler;

/// <summary>What an output folder needs besides the compiled assemblies: the runtime beside them, and for executables a runtime config.</summary>
public static class LuaBuildLayout
{
    /// <summary>Copies <c>LuaIL.Runtime.dll</c> into <paramref name="dir"/> (generated assemblies reference it).</summary>
    public static void CopyRuntime(string dir)
    {
        var runtime = typeof(LuaValue).Assembly.Location;
        var target = Path.Combine(dir, Path.GetFileName(runtime));
        if (!string.Equals(Path.GetFullPath(runtime), Path.GetFullPath(target), StringComparison.Ordinal))
            File.Copy(runtime, target, overwrite: true);
    }

    /// <summary>Copies the compiler and what it needs, for executables that compile at run time (<c>loadstring</c>).</summary>
    public static void CopyCompiler(string dir)
    {
        foreach (var assembly in new[] { typeof(LuaBuildLayout).Assembly, typeof(Mono.Cecil.AssemblyDefinition).Assembly })
        {
            var target = Path.Combine(dir, Path.GetFileName(assembly.Location));
            if (!string.Equals(Path.GetFullPath(assembly.Location), Path.GetFullPath(target), StringComparison.Ordinal))
                File.Copy(assembly.Location, target, overwrite: true);
        }
    }

    /// <summary>Makes <c>dotnet DIR/NAME.dll</c> run: the runtime config for the running framework, the runtime, and the compiler for <c>loadstring</c>.</summary>
    /// <remarks>The runtime settings are luac-il's own (see its project file): an 8 MB large-object threshold, call counting from the first call, recompiling after 1,000 calls.</remarks>
    public static void CompleteExecutable(string dir, string name)
    {
        var version = Environment.Version;
        File.WriteAllText(Path.Combine(dir, name + ".runtimeconfig.json"), $$"""
            {
              "runtimeOptions": {
                "tfm": "net{{version.Major}}.{{version.Minor}}",
                "framework": {
                  "name": "Microsoft.NETCore.App",
                  "version": "{{version.Major}}.{{version.Minor}}.0"
                },
                "configProperties": {
                  "System.GC.LOHThreshold": 8388608,
                  "System.Runtime.TieredCompilation.CallCountingDelayMs": 0,
                  "System.Runtime.TieredCompilation.CallCountThreshold": 1000
                }
              }
            }
            """);
        CopyRuntime(dir);
        CopyCompiler(dir);
    }
}
