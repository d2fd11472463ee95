using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using LuaIL.Compiler;
using LuaIL.Runtime.Redis;
using RedisHost;

namespace LuaIL.Benchmarks;

/// <summary>
/// SCRIPT LOAD of a script the engine has never seen: a 20-line sliding-window rate limiter whose
/// window constant changes every call, so no cache hides the work. Measured: SHA1, parse, proto
/// building, lowering and Reflection.Emit into a collectible assembly, up to a runnable function.
/// </summary>
[MemoryDiagnoser]
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
    private int _counter;

    [GlobalSetup]
    public void Setup()
    {
        _store = new MemoryStore();
        _engine = new RedisScriptEngine(LuaChunkLoader.Instance, _store);
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    [Benchmark]
    public bool CompileUnseenRateLimiter()
    {
        // A flush now and then keeps the cache (and the collectible assemblies it holds) from growing without bound.
        if (++_counter % 512 == 0) _engine.ScriptFlush();
        var text = RateLimiter.Replace("WINDOW", (60000 + _counter).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return _engine.ScriptLoad(Encoding.UTF8.GetBytes(text)).IsError;
    }
}
