using BenchmarkDotNet.Attributes;
using LuaIL.Runtime;

namespace LuaIL.Benchmarks;

/// <summary>The costs issue 4 sets bounds on: a resume/yield round trip, creating a coroutine, and many live suspended ones.</summary>
[MemoryDiagnoser]
public class CoroutineBenchmarks
{
    private LuaState _state = null!;
    private LuaClosure _body = null!;
    private LuaCoroutine _running = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_state, var result) = LuaScripts.Run("""
            return function()
              local function inner(x) return coroutine.yield(x) end
              local n = 0
              while true do n = n + 1; inner(n) end
            end
            """);
        _body = (LuaClosure)result.Obj!;
        _running = new LuaCoroutine(_state, _body);
        _running.Resume(_state, [], out _, out _);
    }

    /// <summary>One resume and the yield it runs into, two Lua frames deep.</summary>
    [Benchmark]
    public LuaValue ResumeYieldRoundTrip()
    {
        _running.Resume(_state, [], out var first, out _);
        return first;
    }

    /// <summary>What <c>coroutine.create</c> allocates.</summary>
    [Benchmark]
    public LuaCoroutine Create() => new(_state, _body);

    /// <summary>100,000 coroutines each suspended two frames deep: the allocated bytes are what they keep alive.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public LuaCoroutine[] HundredThousandSuspended()
    {
        var all = new LuaCoroutine[100_000];
        for (int i = 0; i < all.Length; i++)
        {
            var co = new LuaCoroutine(_state, _body);
            co.Resume(_state, [], out _, out _);
            all[i] = co;
        }
        return all;
    }
}
