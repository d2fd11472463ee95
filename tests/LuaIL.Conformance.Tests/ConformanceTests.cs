using System.Diagnostics;
using System.Text;
using LuaIL.Compiler;
using LuaIL.Compiler.Text;
using LuaIL.Runtime;

namespace LuaIL.Conformance.Tests;

/// <summary>Each conformance program must print byte for byte what lua5.1 printed, through both emitters.</summary>
public sealed class ConformanceTests(BuiltPrograms built) : IClassFixture<BuiltPrograms>
{
    [Theory]
    [MemberData(nameof(ConformancePrograms.RunnableData), MemberType = typeof(ConformancePrograms))]
    public void InMemory(string program)
    {
        var path = Path.Combine(ConformancePrograms.Root, program);
        var name = Path.GetFileName(path);
        var compiled = LuaCompilation.CompileInMemory(SourceText.FromFileBytes(File.ReadAllBytes(path), "@" + name), new LuaTable());
        Assert.True(compiled.Value is not null, compiled.Error?.LuaMessage);
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        // Programs open files next to themselves, as they do under lua5.1 run from their folder.
        // The tests of this class run one at a time, so changing the process's directory is safe.
        Directory.SetCurrentDirectory(Path.GetDirectoryName(path)!);
        int exit = LuaScriptHost.Run(compiled.Value!, name, [], "luac-il", L => L.ChunkLoader = LuaChunkLoader.Instance, stdout, stderr);
        AssertSameOutput(program, stdout.ToArray(), exit, Encoding.Latin1.GetString(stderr.ToArray()));
    }

    [Theory]
    [MemberData(nameof(ConformancePrograms.RunnableData), MemberType = typeof(ConformancePrograms))]
    public async Task BuiltExecutable(string program)
    {
        var dll = built.DllFor(program);
        var psi = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Path.Combine(ConformancePrograms.Root, program))!,
        };
        using var process = Process.Start(psi)!;
        var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await copy;
        AssertSameOutput(program, stdout.ToArray(), process.ExitCode, await stderr);
    }

    [Theory]
    [MemberData(nameof(ConformancePrograms.SyntaxErrorData), MemberType = typeof(ConformancePrograms))]
    public void SyntaxError(string program)
    {
        var path = Path.Combine(ConformancePrograms.Root, program);
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".expected-err"), Encoding.Latin1).TrimEnd('\n');
        var result = LuaCompilation.BuildProto(SourceText.FromFileBytes(File.ReadAllBytes(path), "@" + Path.GetFileName(path)));
        Assert.NotNull(result.Error);
        Assert.Equal(expected, result.Error!.LuaMessage);
    }

    /// <summary>Each known deviation names an existing program, gives its reason, and still differs (else it must leave the list).</summary>
    [Theory]
    [MemberData(nameof(ConformancePrograms.KnownDeviationData), MemberType = typeof(ConformancePrograms))]
    public void KnownDeviationStillDiffers(string program)
    {
        if (program == ConformancePrograms.NoKnownDeviation)
        {
            Assert.Empty(ConformancePrograms.KnownDeviations);
            return;
        }
        var path = Path.Combine(ConformancePrograms.Root, program);
        Assert.True(File.Exists(path), $"{program} is listed as a known deviation but does not exist");
        Assert.False(string.IsNullOrWhiteSpace(ConformancePrograms.KnownDeviations[program]), $"{program} needs a reason");
        var compiled = LuaCompilation.CompileInMemory(SourceText.FromFileBytes(File.ReadAllBytes(path), "@" + Path.GetFileName(path)), new LuaTable());
        var stdout = new MemoryStream();
        Directory.SetCurrentDirectory(Path.GetDirectoryName(path)!);
        LuaScriptHost.Run(compiled.Value!, Path.GetFileName(path), [], "luac-il", L => L.ChunkLoader = LuaChunkLoader.Instance, stdout, new MemoryStream());
        Assert.False(ConformancePrograms.Expected(program).AsSpan().SequenceEqual(stdout.ToArray()),
            $"{program} now matches lua5.1: remove it from known-deviations.txt");
    }

    private static void AssertSameOutput(string program, byte[] actual, int exitCode, string stderr)
    {
        var expected = ConformancePrograms.Expected(program);
        Assert.True(exitCode == 0, $"exit code {exitCode}; stderr:\n{stderr}");
        if (!expected.AsSpan().SequenceEqual(actual))
            Assert.Equal(Encoding.Latin1.GetString(expected), Encoding.Latin1.GetString(actual));
    }
}

/// <summary>Builds every conformance program once with <c>luac-il build --exe</c>'s code path (Cecil) into a temporary folder.</summary>
public sealed class BuiltPrograms : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "luail-conformance-" + Environment.ProcessId);
    private readonly Dictionary<string, string> _dlls = [];

    public string DllFor(string program)
    {
        lock (_dlls)
        {
            if (_dlls.TryGetValue(program, out var dll)) return dll;
            var path = Path.Combine(ConformancePrograms.Root, program);
            // One folder per program: every assembly is named after its script, and names repeat across areas.
            var outDir = Path.Combine(_dir, Path.GetDirectoryName(program) ?? "", Path.GetFileNameWithoutExtension(program));
            Directory.CreateDirectory(outDir);
            dll = Path.Combine(outDir, Path.GetFileNameWithoutExtension(program) + ".dll");
            var source = SourceText.FromFileBytes(File.ReadAllBytes(path), "@" + Path.GetFileName(path));
            var result = LuaCompilation.CompileToAssembly(source, dll, executable: true);
            Assert.True(result.Error is null, result.Error?.LuaMessage);
            LuaBuildLayout.CompleteExecutable(outDir, Path.GetFileNameWithoutExtension(program));
            _dlls[program] = dll;
            return dll;
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
