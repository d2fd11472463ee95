using LuaIL.Compiler;
using LuaIL.Compiler.Text;

namespace LuaIL.Cli;

/// <summary><c>luac-il build FILE.lua... -o DIR [--exe]</c>: one assembly and portable PDB per file, plus the runtime beside them.</summary>
internal static class BuildCommand
{
    // A build is a short batch job whose garbage all dies at exit: collecting it is wasted work (about a
    // fifth of a 5,000-line build). If the runtime refuses the region, collections simply happen as usual.
    private const long NoCollectionBudget = 240L << 20;

    public static int Execute(BuildOptions options)
    {
        try { GC.TryStartNoGCRegion(NoCollectionBudget); }
        catch (ArgumentOutOfRangeException) { }
        Directory.CreateDirectory(options.Output);
        int failures = 0;
        foreach (var file in options.Files)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"{file}(1,1): error LUA0001: cannot open {file}");
                failures++;
                continue;
            }
            var name = Path.GetFileNameWithoutExtension(file);
            var dll = Path.Combine(options.Output, name + ".dll");
            var result = LuaCompilation.CompileToAssembly(SourceText.FromFile(file), dll, options.Exe);
            if (result.Error is { } error)
            {
                RunCommand.WriteLatin1Line(Console.OpenStandardError(), error.ToCanonicalString());
                failures++;
                continue;
            }
            if (options.Exe) LuaBuildLayout.CompleteExecutable(options.Output, name);
        }
        LuaBuildLayout.CopyRuntime(options.Output);
        return failures == 0 ? 0 : 1;
    }
}
