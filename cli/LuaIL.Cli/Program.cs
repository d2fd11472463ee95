using CommandLine;

namespace LuaIL.Cli;

/// <summary>The <c>luac-il</c> command: thin verbs over the compiler and runtime.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // 'run' passes everything after the script verbatim (even "-x"), as lua5.1 does, so it is split by hand.
        if (args.Length > 0 && args[0] == "run")
            return RunCommand.Execute(args[1..]);
        // 'eval' too: KEYS and ARGV are passed verbatim, including values such as "-1".
        if (args.Length > 0 && args[0] == "eval")
            return EvalCommand.Execute(args[1..]);
        var parser = new Parser(s =>
        {
            s.HelpWriter = Console.Error;
            s.CaseInsensitiveEnumValues = true;
        });
        return parser.ParseArguments<RunOptions, BuildOptions, DumpOptions>(args).MapResult(
            (RunOptions o) => RunCommand.Execute([o.Script, .. o.Arguments]),
            (BuildOptions o) => BuildCommand.Execute(o),
            (DumpOptions o) => DumpCommand.Execute(o),
            _ => 2);
    }
}

/// <summary>Options of <c>luac-il run</c> (for help text; parsing is done by <see cref="RunCommand"/>).</summary>
[Verb("run", HelpText = "Compile a Lua file in memory and run it like lua5.1 FILE.lua ARGS...")]
internal sealed class RunOptions
{
    [Value(0, MetaName = "FILE", Required = true, HelpText = "The Lua script.")]
    public string Script { get; set; } = "";

    [Value(1, MetaName = "ARGS", HelpText = "Arguments for the script (global 'arg' and '...').")]
    public IEnumerable<string> Arguments { get; set; } = [];

    [Option("bench-time", HelpText = "Print BENCH_INPROC_S=<seconds> on stderr: compile and run time without process start-up (and BENCH_CPU_S, the process's CPU time).")]
    public bool BenchTime { get; set; }
}

/// <summary>Options of <c>luac-il build</c>.</summary>
[Verb("build", HelpText = "Compile Lua files to .dll assemblies with portable PDBs.")]
internal sealed class BuildOptions
{
    [Value(0, MetaName = "FILES", Required = true, HelpText = "The Lua files.")]
    public IEnumerable<string> Files { get; set; } = [];

    [Option('o', "output", Required = true, HelpText = "Output directory.")]
    public string Output { get; set; } = "";

    [Option("exe", HelpText = "Also write a runtime config so 'dotnet DIR/NAME.dll' runs the chunk.")]
    public bool Exe { get; set; }
}

/// <summary>The stages <c>luac-il dump</c> can print.</summary>
internal enum DumpStage
{
    Tokens,
    Ast,
    Proto,
}

/// <summary>Options of <c>luac-il dump</c>.</summary>
[Verb("dump", HelpText = "Print what a compiler stage produces for a file.")]
internal sealed class DumpOptions
{
    [Option("stage", Required = true, HelpText = "tokens, ast or proto.")]
    public DumpStage Stage { get; set; }

    [Value(0, MetaName = "FILE", Required = true, HelpText = "The Lua file.")]
    public string File { get; set; } = "";
}
