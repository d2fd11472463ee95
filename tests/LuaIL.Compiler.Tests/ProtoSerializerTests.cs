using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Text;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Tests;

/// <summary>Binary chunks: serialization round-trips, and damaged chunks fail as Lua errors, never as crashes.</summary>
public sealed class ProtoSerializerTests
{
    private const string Sample = """
        local t = {}
        local function add(a, b, ...) return a + b, select('#', ...) end
        for i = 1, 3 do t[i] = function() return i end end
        local s = "x" .. #t
        while #t > 1 do t[#t] = nil end
        return add(1, 2, {}, nil), s, t[1](), (function(...) return ... end)(7, 8)
        """;

    [Fact]
    public void RoundTripPrintsTheSamePrototype()
    {
        var proto = LuaCompilation.BuildProto(SourceText.From(Sample, "=sample")).Value!;
        var back = ProtoSerializer.Deserialize(ProtoSerializer.Serialize(proto));
        Assert.Equal(ProtoPrinter.Print(proto), ProtoPrinter.Print(back));
    }

    [Fact]
    public void LoadedChunkRunsLikeTheOriginal()
    {
        var L = NewState();
        var proto = LuaCompilation.BuildProto(SourceText.From(Sample, "=sample")).Value!;
        var f = LuaChunkLoader.Instance.Load(L, ProtoSerializer.Serialize(proto), "=dump", L.Globals);
        Assert.Equal(3.0, f.Invoke(L).Num);
        // add(...) is cut to one value in the middle of the list; the last call expands.
        Assert.Equal(5, L.NRet);
        Assert.Equal("x3", L.Ret[1].ToString());
        Assert.Equal(1.0, L.Ret[2].Num);
        Assert.Equal(8.0, L.Ret[4].Num);
    }

    [Fact]
    public void DamagedChunksAreLuaErrors()
    {
        var proto = LuaCompilation.BuildProto(SourceText.From(Sample, "=sample")).Value!;
        var good = ProtoSerializer.Serialize(proto);
        var random = new Random(5150);
        for (int round = 0; round < 3000; round++)
        {
            var bad = (byte[])good.Clone();
            if (round % 3 == 0) bad = bad[..random.Next(bad.Length)];
            else for (int k = 0; k <= round % 4; k++) bad[12 + random.Next(bad.Length - 12)] = (byte)random.Next(256);
            var L = NewState();
            LuaFunction f;
            try
            {
                f = LuaChunkLoader.Instance.Load(L, bad, "=fuzz", L.Globals);
            }
            catch (LuaException e)
            {
                Assert.Contains("in precompiled chunk", e.Message);
                continue;
            }
            // A chunk that loads is valid code: running it ends normally, in a Lua error, or (if a
            // mutated jump made a loop) when the host stops it.
            using var timer = new Timer(_ => L.Interrupt.Request(_ => new LuaTerminatedException("stopped")), null, 200, Timeout.Infinite);
            try { f.Invoke(L); }
            catch (LuaException) { }
            catch (LuaTerminatedException) { }
        }
    }

    private static LuaState NewState()
    {
        var L = new LuaState();
        LuaStandardLibrary.OpenAll(L);
        L.ChunkLoader = LuaChunkLoader.Instance;
        return L;
    }
}
