using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using LuaIL.Compiler.Emit.ReflectionEmit;
using LuaIL.Compiler.Text;
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

    /// <summary>Calls emitted with cached tokens give the same IL bytes and max stack as the generator's own call emission, for every conformance program.</summary>
    [Fact]
    public void CachedCallTokensWriteTheSameMethodBodies()
    {
        var root = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(root, "tests", "conformance"))) root = Path.GetDirectoryName(root)!;
        int compared = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "tests", "conformance"), "*.lua", SearchOption.AllDirectories))
        {
            if (LuaCompilation.BuildProto(SourceText.From(File.ReadAllBytes(path), "@t")).Value is not { } proto) continue;
            var cached = Bodies(LuaCompilation.Instantiate(proto, new LuaTable(), new ReflectionEmitModule(collectible: true)).GetType());
            var plain = Bodies(LuaCompilation.Instantiate(proto, new LuaTable(), new ReflectionEmitModule(collectible: true, cacheCallTokens: false)).GetType());
            Assert.Equal(plain.Count, cached.Count);
            for (int i = 0; i < plain.Count; i++)
            {
                Assert.True(plain[i] == cached[i], $"{Path.GetFileName(path)}: {plain[i].Name} differs");
                compared++;
            }
        }
        Assert.True(ReflectionEmitTokens.CanCacheCalls);
        Assert.True(compared > 1000, $"only {compared} methods compared");
    }

    private static List<(string Name, int MaxStack, string IL)> Bodies(Type type)
    {
        var bodies = new List<(string, int, string)>();
        foreach (var m in type.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Cast<MethodBase>()
            .Concat(type.GetConstructors(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)))
        {
            if (m.GetMethodBody() is { } body) bodies.Add(($"{type.Name}.{m.Name}", body.MaxStackSize, Convert.ToHexString(body.GetILAsByteArray()!)));
        }
        foreach (var nested in type.GetNestedTypes()) bodies.AddRange(Bodies(nested));
        return bodies;
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
