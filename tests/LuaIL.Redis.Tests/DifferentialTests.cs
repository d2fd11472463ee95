using System.Text;
using LuaIL.Compiler;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;
using Xunit.Abstractions;

namespace LuaIL.Redis.Tests;

/// <summary>Each script in <c>tests/redis/scripts</c> gives the same reply and leaves the same keyspace through LuaIL as through the real Redis's EVAL.</summary>
public sealed class DifferentialTests(RedisServerFixture server, ITestOutputHelper output) : IClassFixture<RedisServerFixture>
{
    public static IEnumerable<object[]> Scripts()
        => Directory.GetFiles(ScriptsDirectory(), "*.lua").OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    internal static string ScriptsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "redis", "scripts");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/redis/scripts");
    }

    [RedisTheory]
    [MemberData(nameof(Scripts))]
    public void SameReplyAndKeyspaceAsRedis(string file)
    {
        Assert.Null(server.SkipReason);
        var test = RedisScriptCase.Load(Path.Combine(ScriptsDirectory(), file));

        using var reference = server.Connect();
        Prepare(reference, test);
        reference.SetProtocol(test.Resp);
        var argv = new List<LuaString> { LuaString.FromLatin1(test.ReadOnly ? "EVAL_RO" : "EVAL"), new(test.Body), LuaString.FromLatin1(test.Keys.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        argv.AddRange(test.Keys);
        argv.AddRange(test.Args);
        var expected = reference.Call(argv.ToArray());
        reference.SetProtocol(2);
        var expectedKeys = Keyspace(reference);

        using var forwarded = server.Connect();
        Prepare(forwarded, test);
        RedisReply? actual = null;
        var thread = new Thread(() =>
        {
            var host = new RedisForwardingHost(forwarded);
            using var engine = new RedisScriptEngine(LuaChunkLoader.Instance, host);
            actual = engine.Execute(argv.ToArray(), test.Resp);
            host.RestoreDatabase();
        }, 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        forwarded.SetProtocol(2);
        var actualKeys = Keyspace(forwarded);

        output.WriteLine("redis:\n" + expected + "luail:\n" + actual);
        Assert.True(expected.StructurallyEquals(actual!), $"reply differs\nredis:\n{expected}\nluail:\n{actual}");
        Assert.Equal(expectedKeys, actualKeys);
    }

    private static void Prepare(RespClient c, RedisScriptCase test)
    {
        c.SetProtocol(2);
        c.Call("FLUSHALL");
        c.Call("SCRIPT", "FLUSH");
        foreach (var cmd in test.Setup)
        {
            var r = c.Call(cmd);
            Assert.False(r.IsError, $"setup {string.Join(' ', cmd.Select(x => x.ToString()))}: {r}");
        }
    }

    /// <summary>Every key with its type, whether it expires, and its DUMP payload (a canonical serialisation of the value).</summary>
    internal static string Keyspace(RespClient c)
    {
        var sb = new StringBuilder();
        var keys = c.Call("KEYS", "*").Items!.Select(k => k.Bytes!).OrderBy(k => k.ToLatin1(), StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var type = c.Call([LuaString.FromLatin1("TYPE"), key]);
            var ttl = c.Call([LuaString.FromLatin1("PTTL"), key]);
            var dump = c.Call([LuaString.FromLatin1("DUMP"), key]);
            sb.Append(key.ToLatin1()).Append(' ').Append(type.Bytes).Append(ttl.Integer > 0 ? " expires " : " ")
                .Append(dump.Bytes is { } d ? Convert.ToHexString(d.Span) : "-").Append('\n');
        }
        return sb.ToString();
    }
}
