using System.Text;
using BenchmarkDotNet.Attributes;
using LuaIL.Compiler;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;
using RedisHost;

namespace LuaIL.Benchmarks;

/// <summary>
/// EVALSHA of a cached script on the sample host, as a connection runs it minus the socket: the
/// request is already split into arguments (RESP parsing is not measured); the connection's
/// dispatch and lock, the engine's lookup of the script, KEYS/ARGV, the script, <c>redis.call</c>
/// into the store's command table and the RESP encoding of the reply into the connection's
/// output buffer are.
/// </summary>
[MemoryDiagnoser]
public class RedisScriptBenchmarks
{
    private MemoryStore _store = null!;
    private RedisScriptEngine _engine = null!;
    private LuaString[] _getCommand = null!;
    private LuaString[] _returnOneCommand = null!;
    private RedisConnection _connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = new MemoryStore();
        _engine = new RedisScriptEngine(LuaChunkLoader.Instance, _store);
        _connection = new RedisConnection(_store, _engine, new Lock());
        _connection.Handle([LuaString.From("SET"), LuaString.From("bench:key"), LuaString.From("some value")]);
        _getCommand = EvalSha("return redis.call('GET', KEYS[1])", "bench:key");
        _returnOneCommand = EvalSha("return 1");
    }

    private LuaString[] EvalSha(string script, params string[] keys)
    {
        var sha = _engine.ScriptLoad(Encoding.UTF8.GetBytes(script)).Bytes!;
        return [LuaString.From("EVALSHA"), sha, LuaString.From(keys.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. keys.Select(LuaString.From)];
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    [Benchmark(Baseline = true)]
    public int EvalShaGet() => Run(_getCommand);

    [Benchmark]
    public int EvalShaReturnOne() => Run(_returnOneCommand);

    private int Run(LuaString[] argv)
    {
        _connection.Handle(argv);
        return _connection.Output.WrittenSpan.Length;
    }
}
