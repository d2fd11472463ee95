using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LuaIL.Runtime.Redis;

namespace LuaIL.Redis.Tests;

/// <summary>A private <c>redis-server</c> on a free loopback port for the whole test class, or the reason there is none.</summary>
public sealed class RedisServerFixture : IDisposable
{
    private readonly Process? _process;

    public RedisServerFixture()
    {
        var binary = FindBinary();
        if (binary is null)
        {
            SkipReason = "redis-server is not installed (tests/run-all.sh installs it with apt-get)";
            return;
        }
        Port = FreePort();
        var psi = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning" })
            psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var c = new RespClient("127.0.0.1", Port);
                if (c.Call("PING").Kind == RedisReplyKind.Status) break;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>Why the tests cannot run, or null when the server is up.</summary>
    public string? SkipReason { get; }

    public int Port { get; }

    public RespClient Connect() => new("127.0.0.1", Port);

    /// <summary>True when a <c>redis-server</c> binary can be found.</summary>
    public static bool IsAvailable => FindBinary() is not null;

    private static string? FindBinary()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/bin").Append("/usr/local/bin"))
        {
            var p = Path.Combine(dir, "redis-server");
            if (File.Exists(p)) return p;
        }
        return null;
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
    }
}

/// <summary>A theory that xunit skips, with the reason, on machines without <c>redis-server</c>.</summary>
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute()
    {
        if (!RedisServerFixture.IsAvailable) Skip = "redis-server is not installed (tests/run-all.sh installs it with apt-get)";
    }
}
