using BenchmarkDotNet.Attributes;
using LuaIL.Runtime;
using NLua;

namespace LuaIL.Benchmarks;

/// <summary>Calling Lua from C#: fib(32) in LuaIL against NLua (native Lua 5.4), and what a call with up to three arguments allocates.</summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    private const string FibSource = "local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end return fib";

    private LuaState _state = null!;
    private LuaClosure _fib = null!;
    private LuaClosure _add3 = null!;
    private Lua _nlua = null!;
    private NLua.LuaFunction _nluaFib = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_state, var fib) = LuaScripts.Run(FibSource);
        _fib = (LuaClosure)fib.Obj!;
        _add3 = LuaScripts.Function("return function(a, b, c) return a + b + c end");
        _nlua = new Lua();
        _nluaFib = (NLua.LuaFunction)_nlua.DoString(FibSource)[0];
    }

    [GlobalCleanup]
    public void Cleanup() => _nlua.Dispose();

    [Benchmark(Baseline = true)]
    public double LuaILFib32() => _fib.Invoke(_state, new LuaValue(32)).Num;

    [Benchmark]
    public double NLuaFib32() => Convert.ToDouble(_nluaFib.Call(32)[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A compiled function called from C# with three arguments: must allocate nothing.</summary>
    [Benchmark]
    public double LuaILCallThreeArguments() => _add3.Invoke(_state, new LuaValue(1), new LuaValue(2), new LuaValue(3)).Num;
}
