using BenchmarkDotNet.Running;

namespace LuaIL.Benchmarks;

/// <summary>In-process benchmarks: <c>dotnet run -c Release --project benchmarks/LuaIL.Benchmarks -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
