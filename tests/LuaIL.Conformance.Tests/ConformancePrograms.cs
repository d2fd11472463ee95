namespace LuaIL.Conformance.Tests;

/// <summary>Finds the conformance programs under <c>tests/conformance</c> and their expected outputs (produced by lua5.1, see regen.sh).</summary>
public static class ConformancePrograms
{
    public static readonly string RepoRoot = FindRepoRoot();
    public static readonly string Root = Path.Combine(RepoRoot, "tests", "conformance");

    /// <summary>Programs that run to completion and must match lua5.1: paths relative to <see cref="Root"/>.</summary>
    public static IEnumerable<string> Runnable() => AllRunnable().Where(p => !KnownDeviations.ContainsKey(p));

    private static IEnumerable<string> AllRunnable() => Find("*.lua").Where(p => !p.StartsWith("syntax_errors", StringComparison.Ordinal));

    /// <summary>Programs LuaIL does not match yet, with the reason (tests/conformance/known-deviations.txt).</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownDeviations = File.ReadAllLines(Path.Combine(Root, "known-deviations.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split(": ", 2))
        .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    /// <summary>The placeholder row of <see cref="KnownDeviationData"/> when the list is empty (a theory needs one row).</summary>
    public const string NoKnownDeviation = "(none)";

    public static TheoryData<string> KnownDeviationData()
        => KnownDeviations.Count == 0 ? [NoKnownDeviation] : [.. KnownDeviations.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Programs that must fail to compile with the message in their <c>.expected-err</c>.</summary>
    public static IEnumerable<string> SyntaxErrors() => Find("*.lua").Where(p => p.StartsWith("syntax_errors", StringComparison.Ordinal));

    public static TheoryData<string> RunnableData() => [.. Runnable()];
    public static TheoryData<string> SyntaxErrorData() => [.. SyntaxErrors()];

    public static byte[] Expected(string program) => File.ReadAllBytes(Path.Combine(Root, Path.ChangeExtension(program, ".expected")));

    private static IEnumerable<string> Find(string pattern)
        => Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LuaIL.sln"))) return dir.FullName;
        throw new InvalidOperationException("LuaIL.sln not found above " + AppContext.BaseDirectory);
    }
}
