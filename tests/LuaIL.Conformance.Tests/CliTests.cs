using System.Diagnostics;
using System.Text;

namespace LuaIL.Conformance.Tests;

/// <summary>The <c>luac-il</c> command as a user runs it: arguments, exit codes and what reaches stdout and stderr.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("luail-cli-").FullName;

    [Fact]
    public async Task RunPassesArgumentsVerbatim()
    {
        Write("args.lua", "print(#arg, arg[0], ...)\nfor i = 1, #arg do io.write('[', arg[i], ']') end print()\n");
        var (code, stdout, stderr) = await Cli("run", "args.lua", "-x", "", "--y", "3");
        Assert.Equal(0, code);
        Assert.Equal("4\targs.lua\t-x\t\t--y\t3\n[-x][][--y][3]\n", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task UncaughtErrorGoesToStderrWithTraceback()
    {
        Write("boom.lua", "local t = nil\nprint('before')\nprint(t.x)\n");
        var (code, stdout, stderr) = await Cli("run", "boom.lua");
        Assert.Equal(1, code);
        Assert.Equal("before\n", stdout);
        Assert.StartsWith("luac-il: boom.lua:3: attempt to index local 't' (a nil value)\nstack traceback:\n", stderr);
        Assert.Contains("boom.lua:3: in main chunk", stderr);
    }

    [Fact]
    public async Task TracebackShowsTailCallLevels()
    {
        // lua5.1 prints the same lines, after "[C]: in function 'error'".
        Write("tail.lua", "local function boom() error('boom') end\nlocal function mid() return boom() end\n"
            + "local function top() local x = mid(); return x end\ntop()\n");
        var (code, _, stderr) = await Cli("run", "tail.lua");
        Assert.Equal(1, code);
        Assert.Contains("\ttail.lua:1: in function <tail.lua:1>\n\t(tail call): ?\n\ttail.lua:3: in function 'top'\n\ttail.lua:4: in main chunk\n", stderr);
    }

    [Fact]
    public async Task SyntaxErrorIsReportedAsLuaDoes()
    {
        Write("bad.lua", "x = = 1\n");
        var (code, _, stderr) = await Cli("run", "bad.lua");
        Assert.Equal(1, code);
        Assert.Equal("luac-il: bad.lua:1: unexpected symbol near '='\n", stderr);
    }

    [Fact]
    public async Task MissingFileIsAnError()
    {
        var (code, _, stderr) = await Cli("run", "nope.lua");
        Assert.Equal(1, code);
        Assert.Equal("luac-il: cannot open nope.lua\n", stderr);
    }

    [Fact]
    public async Task BuildExeRunsWithDotnet()
    {
        Write("hello.lua", "print('hello', ...)\n");
        var (code, _, stderr) = await Cli("build", "hello.lua", "-o", "out", "--exe");
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_dir, "out", "hello.pdb")));
        var (runCode, stdout, _) = await Run("dotnet", Path.Combine("out", "hello.dll"), "a", "-b");
        Assert.Equal(0, runCode);
        Assert.Equal("hello\ta\t-b\n", stdout);
    }

    [Fact]
    public async Task BuildReportsDiagnosticsWithFileLineAndColumn()
    {
        Write("oops.lua", "local a =\nlocal b = 2\n");
        var (code, _, stderr) = await Cli("build", "oops.lua", "-o", "out");
        Assert.Equal(1, code);
        Assert.StartsWith("oops.lua(2,1): error LUA", stderr);
        Assert.Contains("unexpected symbol near 'local'", stderr);
    }

    [Fact]
    public async Task DumpPrintsEachStage()
    {
        Write("d.lua", "local x = 1 + 2\nprint(x)\n");
        foreach (var stage in new[] { "tokens", "ast", "proto" })
        {
            var (code, stdout, stderr) = await Cli("dump", "--stage", stage, "d.lua");
            Assert.True(code == 0, stderr);
            Assert.NotEmpty(stdout);
        }
        var (_, proto, _) = await Cli("dump", "--stage", "proto", "d.lua");
        Assert.Contains("const K1 = 3", proto);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    private Task<(int, string, string)> Cli(params string[] args)
        => Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "luac-il.dll"), .. args]);

    private async Task<(int Code, string Stdout, string Stderr)> Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dir,
            StandardOutputEncoding = Encoding.Latin1,
            StandardErrorEncoding = Encoding.Latin1,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
