using System.Text;
using LuaIL.Compiler;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace LuaIL.Redis.Tests;

/// <summary>Script lifecycle without a server: the cache, SCRIPT FLUSH, functions, SCRIPT KILL past pcall, the memory budget.</summary>
public sealed class EngineLifecycleTests
{
    /// <summary>A host that answers every command with its first argument echoed as a bulk string, and marks SET as a write.</summary>
    private sealed class EchoHost : IRedisHost
    {
        /// <summary>Set once a script's write went through, so a test can act after it instead of after a guessed delay.</summary>
        public readonly ManualResetEventSlim Wrote = new();

        public void Execute(RedisScriptRun run, ReadOnlySpan<LuaString> args, RedisReplyWriter reply)
        {
            var info = new RedisCommandInfo(args[0].ToString(), -1, args[0].ToString() == "SET" ? RedisCommandFlags.Write : RedisCommandFlags.None);
            reply.Write(RedisCommandInfo.CheckScriptCall(info, args.Length, run) ?? RedisReply.Bulk(args.Length > 1 ? args[1] : args[0]));
            if (info.Flags.HasFlag(RedisCommandFlags.Write)) Wrote.Set();
        }

        public bool? CheckAcl(RedisScriptRun run, ReadOnlySpan<LuaString> args) => true;

        public void Log(int level, LuaString message) { }
    }

    private static LuaString[] Cmd(params string[] words) => [.. words.Select(LuaString.From)];

    private static RedisReply Run(RedisScriptEngine e, params string[] words) => e.Execute(Cmd(words))!;

    [Fact]
    public void EvalCachesBySha1AndFlushForgets()
    {
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, new EchoHost());
        var sha = RedisLibrary.Sha1(Encoding.UTF8.GetBytes("return ARGV[1]"));
        Assert.Equal("NOSCRIPT No matching script. Please use EVAL.", Run(e, "EVALSHA", sha, "0").Bytes!.ToString());
        Assert.Equal("x", Run(e, "EVAL", "return ARGV[1]", "0", "x").Bytes!.ToString());
        Assert.Equal("y", Run(e, "EVALSHA", sha.ToUpperInvariant(), "0", "y").Bytes!.ToString());
        Assert.Equal(1, e.CachedScriptCount);
        Assert.True(RedisReply.Ok.StructurallyEquals(Run(e, "SCRIPT", "FLUSH")));
        Assert.Equal(0, e.CachedScriptCount);
        Assert.True(Run(e, "EVALSHA", sha, "0").IsError);
    }

    [Fact]
    public void FunctionsLoadAndCall()
    {
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, new EchoHost());
        var load = Run(e, "FUNCTION", "LOAD", "#!lua name=lib\nredis.register_function{function_name='f', callback=function(keys, args) return redis.call('GET', keys[1]) end, flags={'no-writes'}}");
        Assert.Equal("lib", load.Bytes!.ToString());
        Assert.Equal("k", Run(e, "FCALL_RO", "f", "1", "k").Bytes!.ToString());
        Assert.Equal("ERR Library 'lib' already exists", Run(e, "FUNCTION", "LOAD", "#!lua name=lib\nredis.register_function('g', function() end)").Bytes!.ToString());
        Assert.Equal("ERR Error registering functions: ERR user_function:2: Script attempted to access nonexistent global variable 'call'",
            Run(e, "FUNCTION", "LOAD", "#!lua name=other\nredis.call('GET', 'x')").Bytes!.ToString());
        Assert.Equal("ERR Function not found", Run(e, "FCALL", "nope", "0").Bytes!.ToString());
    }

    [Fact]
    public void ScriptKillStopsAReadOnlyLoopEvenInsidePcall()
    {
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, new EchoHost());
        RedisReply? reply = null;
        var t = new Thread(() => reply = Run(e, "EVAL", "while true do pcall(function() while true do end end) end", "0"), 16 << 20);
        t.Start();
        while (!e.IsRunning) Thread.Sleep(5);
        Thread.Sleep(50);
        Assert.Equal(RedisReply.Ok, e.Kill(functionKill: false));
        Assert.True(t.Join(TimeSpan.FromSeconds(10)));
        Assert.StartsWith("ERR Script killed by user with SCRIPT KILL... script: ", reply!.Bytes!.ToString());
        Assert.Equal("NOTBUSY No scripts in execution right now.", e.Kill(functionKill: false).Bytes!.ToString());
    }

    [Fact]
    public void ScriptThatWroteIsUnkillable()
    {
        var host = new EchoHost();
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, host);
        var t = new Thread(() => Run(e, "EVAL", "redis.call('SET', 'k', 'v') local n = 0 while n < 3e8 do n = n + 1 end", "0"), 16 << 20);
        t.Start();
        // The kill must come after the write: a loaded machine can take longer than a fixed delay to get there.
        Assert.True(host.Wrote.Wait(TimeSpan.FromSeconds(30)));
        var r = e.Kill(functionKill: false);
        t.Join();
        Assert.StartsWith("UNKILLABLE", r.Bytes!.ToString());
    }

    [Fact]
    public void MemoryBudgetRaisesNotEnoughMemory()
    {
        using var e = new RedisScriptEngine(LuaChunkLoader.Instance, new EchoHost(), new RedisEngineOptions(MemoryLimitBytes: 8 << 20));
        var r = Run(e, "EVAL", "local t = {} for i = 1, 1e8 do t[i] = {i} end", "0");
        Assert.Contains("not enough memory", r.Bytes!.ToString());
    }
}
