using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using LuaIL.Compiler;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;
using RedisHost;

namespace LuaIL.Benchmarks;

/// <summary>
/// SCRIPT LOAD of a script the engine has never seen: a 20-line sliding-window rate limiter whose
/// window constant changes every call, so no cache hides the work. Measured: SHA1, parse, proto
/// building, lowering and Reflection.Emit into a collectible module, up to a runnable function.
/// <see cref="EvalUnseenRateLimiter"/> also runs it once (EVAL) against a host that answers every command
/// with 0 (the sample store has no sorted sets): collectible code is never tiered, so that first call
/// JIT-compiles the script's body fully optimized.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RedisCompileBenchmarks
{
    private const string RateLimiter = """
        local key = KEYS[1]
        local limit = tonumber(ARGV[1])
        local window = WINDOW
        local now = tonumber(ARGV[2])
        local clearBefore = now - window
        redis.call('ZREMRANGEBYSCORE', key, 0, clearBefore)
        local amount = redis.call('ZCARD', key)
        if amount < limit then
          redis.call('ZADD', key, now, now .. ':' .. math.random())
        end
        redis.call('EXPIRE', key, math.ceil(window / 1000))
        local remaining = limit - amount
        if remaining < 0 then
          remaining = 0
        end
        local reset = now + window
        for i = 1, 3 do
          reset = reset - i
        end
        return { amount < limit and 1 or 0, remaining, reset }
        """;

    private MemoryStore _store = null!;
    private RedisScriptEngine _engine = null!;
    private RedisScriptEngine _evalEngine = null!;
    private int _counter;

    [GlobalSetup]
    public void Setup()
    {
        _store = new MemoryStore();
        _engine = new RedisScriptEngine(LuaChunkLoader.Instance, _store);
        _evalEngine = new RedisScriptEngine(LuaChunkLoader.Instance, new ZeroHost());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Dispose();
        _evalEngine.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool CompileUnseenRateLimiter() => _engine.ScriptLoad(NextScript()).IsError;

    [Benchmark]
    public bool EvalUnseenRateLimiter()
        => _evalEngine.Execute([Eval, LuaString.From(NextScript()), One, Key, Limit, LuaString.From((1_000_000 + _counter).ToString(CultureInfo.InvariantCulture))])!.IsError;

    private static readonly LuaString Eval = LuaString.From("EVAL"), One = LuaString.From("1"), Key = LuaString.From("bench:rate"), Limit = LuaString.From("100");

    private byte[] NextScript()
    {
        // A flush now and then keeps the cache (and the collectible modules it holds) from growing without bound.
        if (++_counter % 512 == 0)
        {
            _engine.ScriptFlush();
            _evalEngine.ScriptFlush();
        }
        var text = RateLimiter.Replace("WINDOW", (60000 + _counter).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Answers every command with the integer 0.</summary>
    private sealed class ZeroHost : IRedisHost
    {
        public void Execute(RedisScriptRun run, ReadOnlySpan<LuaString> args, RedisReplyWriter reply) => reply.Write(RedisReply.FromInteger(0));
        public bool? CheckAcl(RedisScriptRun run, ReadOnlySpan<LuaString> args) => true;
        public void Log(int level, LuaString message) { }
    }
}
