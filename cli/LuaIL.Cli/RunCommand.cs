using System.Diagnostics;
using System.Text;
using LuaIL.Compiler;
using LuaIL.Compiler.Text;
using LuaIL.Runtime;

namespace LuaIL.Cli;

/// <summary><c>luac-il run [--bench-time] FILE.lua [ARGS...]</c>: compile in memory and run like <c>lua5.1 FILE.lua ARGS...</c>.</summary>
internal static class RunCommand
{
    public const string ProgramName = "luac-il";

    public static int Execute(string[] args)
    {
        bool benchTime = false;
        int i = 0;
        for (; i < args.Length && args[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            if (args[i] == "--bench-time") benchTime = true;
            else return Usage($"unknown option '{args[i]}'");
        }
        if (i >= args.Length) return Usage("no script given");
        string script = args[i];
        string[] scriptArgs = args[(i + 1)..];

        var clock = Stopwatch.StartNew();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(script);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{ProgramName}: cannot open {script}");
            return 1;
        }
        var compiled = LuaCompilation.CompileInMemory(SourceText.FromFileBytes(bytes, "@" + script), new LuaTable(), collectible: false);
        if (compiled.Value is not { } chunk)
        {
            WriteLatin1Line(Console.OpenStandardError(), $"{ProgramName}: {compiled.Error!.LuaMessage}");
            return 1;
        }
        int exitCode = LuaScriptHost.Run(chunk, script, scriptArgs, ProgramName, L => L.ChunkLoader = LuaChunkLoader.Permanent);
        if (benchTime)
        {
            // On a shared machine wall time moves with the neighbours' load; the CPU time of the process
            // (the script's thread, the collector's and the JIT's background thread) moves much less,
            // which keeps A/B comparisons usable there.
            Console.Error.WriteLine(FormattableString.Invariant(
                $"BENCH_INPROC_S={clock.Elapsed.TotalSeconds:F6} BENCH_CPU_S={Environment.CpuUsage.TotalTime.TotalSeconds:F6}"));
        }
        return exitCode;
    }

    /// <summary>Writes a message whose chars are bytes (Lua strings), so the bytes come out as Lua would print them.</summary>
    public static void WriteLatin1Line(Stream stream, string text)
    {
        stream.Write(Encoding.Latin1.GetBytes(text + "\n"));
        stream.Flush();
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"{ProgramName}: {problem}\nusage: {ProgramName} run [--bench-time] FILE.lua [ARGS...]");
        return 2;
    }
}
