using System.Text;
using LuaIL.Compiler;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace LuaIL.Redis.Tests;

/// <summary>The allocation-free EVALSHA path: reused KEYS/ARGV tables look fresh to every call, and replies encode straight to RESP.</summary>
public sealed class ReplyPathTests
{
    /// <summary>Answers GET with the stored string object itself, and everything else with a RESP3 map.</summary>
    private sealed class StoreHost : IRedisHost
    {
        public readonly LuaString Value = LuaString.From("stored");

        public void Execute(RedisScriptRun run, ReadOnlySpan<LuaString> args, RedisReplyWriter reply)
        {
            if (args[0].ToString() == "GET")
            {
                reply.WriteBulk(Value);
                return;
            }
            reply.WriteMapHeader(2);
            reply.WriteBulk(LuaString.From("a"));
            reply.WriteInteger(1);
            reply.WriteBulk(LuaString.From("b"));
            reply.WriteArrayHeader(2);
            reply.WriteInteger(7);
            reply.WriteBoolean(true);
        }

        public bool? CheckAcl(RedisScriptRun run, ReadOnlySpan<LuaString> args) => true;

        public void Log(int level, LuaString message) { }
    }

    private static LuaString[] Cmd(params string[] words) => [.. words.Select(LuaString.From)];

    private static string Resp(RedisScriptEngine e, int protocol, params string[] words)
    {
        var w = new RespReplyWriter(protocol);
        Assert.True(e.Execute(Cmd(words), w, protocol));
        return Encoding.UTF8.GetString(w.WrittenSpan);
    }

    private static string Bulk(string text) => $"${text.Length}\r\n{text}\r\n";

    [Fact]
    public void KeysAndArgvLookFreshOnEveryCall()
    {
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, new StoreHost());
        const string script = "local n = #KEYS .. ',' .. #ARGV .. ',' .. tostring(getmetatable(KEYS)) .. ',' .. tostring(KEYS.x) .. ',' .. tostring(KEYS[3]) "
            + "KEYS[3] = 'extra' KEYS.x = 1 setmetatable(ARGV, {}) ARGV[9] = 'far' return n";
        Assert.Equal(Bulk("2,1,nil,nil,nil"), Resp(e, 2, "EVAL", script, "2", "k1", "k2", "a1"));
        Assert.Equal(Bulk("1,0,nil,nil,nil"), Resp(e, 2, "EVAL", script, "1", "k1"));
        Assert.Equal(Bulk("3,2,nil,nil,k3"), Resp(e, 2, "EVAL", script, "3", "k1", "k2", "k3", "a1", "a2"));
        Assert.Equal(Bulk("0,0,nil,nil,nil"), Resp(e, 2, "EVAL", script, "0"));
        // Writes that stay in the array part keep the table; the next call still sees only its own keys.
        const string arrayOnly = "local n = #KEYS .. ',' .. tostring(KEYS[1]) .. ',' .. tostring(KEYS[2]) .. ',' .. tostring(KEYS[3]) KEYS[1] = nil KEYS[2] = 'x' KEYS[3] = 'y' return n";
        Assert.Equal(Bulk("1,k1,nil,nil"), Resp(e, 2, "EVAL", arrayOnly, "1", "k1"));
        Assert.Equal(Bulk("1,k9,nil,nil"), Resp(e, 2, "EVAL", arrayOnly, "1", "k9"));
        Assert.Equal(Bulk("0,nil,nil,nil"), Resp(e, 2, "EVAL", arrayOnly, "0"));
        Assert.Equal(Bulk("k1 k2 a1 nil"), Resp(e, 2, "EVAL", "return table.concat(KEYS, ' ') .. ' ' .. ARGV[1] .. ' ' .. tostring(ARGV[2])", "2", "k1", "k2", "a1"));
    }

    [Fact]
    public void BulkRepliesReachLuaAsTheHostsString()
    {
        var host = new StoreHost();
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, host);
        var reply = e.Execute(Cmd("EVAL", "return redis.call('GET', KEYS[1])", "1", "k"))!;
        Assert.Same(host.Value, reply.Bytes);
    }

    [Fact]
    public void RepliesEncodeForTheClientsProtocol()
    {
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, new StoreHost());
        const string script = "redis.setresp(3) return redis.call('HGETALL', 'h')";
        Assert.Equal("%2\r\n$1\r\na\r\n:1\r\n$1\r\nb\r\n*2\r\n:7\r\n#t\r\n", Resp(e, 3, "EVAL", script, "0"));
        Assert.Equal("*4\r\n$1\r\na\r\n:1\r\n$1\r\nb\r\n*2\r\n:7\r\n:1\r\n", Resp(e, 2, "EVAL", script, "0"));
        Assert.Equal("*3\r\n:1\r\n$-1\r\n+OK\r\n", Resp(e, 2, "EVAL", "return {1, false, {ok='OK'}}", "0"));
        Assert.Equal("-ERR bad\r\n", Resp(e, 2, "EVAL", "return {err='ERR bad'}", "0"));
        Assert.Equal(",1.5\r\n", Resp(e, 3, "EVAL", "redis.setresp(3) return {double=1.5}", "0"));
        Assert.Equal(Bulk("1.5"), Resp(e, 2, "EVAL", "redis.setresp(3) return {double=1.5}", "0"));
        Assert.StartsWith("-NOSCRIPT", Resp(e, 2, "EVALSHA", new string('0', 40), "0"), StringComparison.Ordinal);
    }
}
