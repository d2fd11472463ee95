using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Tests;

/// <summary>In-memory code: a loader group shares modules, a bounded number of scripts to each, and they unload once their functions are gone.</summary>
public sealed class InMemoryModuleTests
{
    [Fact]
    public void GroupSharesModulesAndEveryScriptStillRuns()
    {
        var L = new LuaState { ChunkLoader = LuaChunkLoader.Instance };
        var group = LuaChunkLoader.Instance.CreateGroup();
        var assemblies = new HashSet<Assembly>();
        for (int i = 0; i < 40; i++)
        {
            var f = group.Load(L, Encoding.ASCII.GetBytes($"local function twice(x) return x * 2 end return twice({i})"), "=s", L.Globals);
            Assert.Equal(2.0 * i, f.Invoke(L).Num);
            Assert.True(f.GetType().Assembly.IsCollectible);
            assemblies.Add(f.GetType().Assembly);
        }
        Assert.Equal(2, assemblies.Count);
    }

    [Fact]
    public void ModulesOfADroppedGroupUnload()
    {
        var modules = LoadAndDrop();
        for (int i = 0; i < 20 && modules.Any(m => m.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.DoesNotContain(modules, m => m.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> LoadAndDrop()
    {
        var L = new LuaState { ChunkLoader = LuaChunkLoader.Instance };
        var group = LuaChunkLoader.Instance.CreateGroup();
        var modules = new List<WeakReference>();
        for (int i = 0; i < 40; i++)
        {
            var f = group.Load(L, Encoding.ASCII.GetBytes($"return {i}"), "=s", L.Globals);
            Assert.Equal(i, f.Invoke(L).Num);
            modules.Add(new WeakReference(f.GetType().Assembly));
        }
        return modules;
    }
}
