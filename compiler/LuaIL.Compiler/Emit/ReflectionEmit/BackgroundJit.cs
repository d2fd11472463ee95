using System.Reflection;
using System.Runtime.CompilerServices;
using LuaIL.Compiler.Emit.Lowering;
using LuaIL.Compiler.Prototypes;

namespace LuaIL.Compiler.Emit.ReflectionEmit;

/// <summary>JIT-compiles the function bodies of an in-memory chunk on a thread of their own while the chunk starts running.</summary>
/// <remarks>
/// Every function's body is compiled fully optimized at its first call (see <see cref="ClosureLowering"/>), on
/// the thread that makes the call. For a 300-line program that is thirty-odd compiles in its first
/// milliseconds, all on the script's thread: richards spent 89 ms of its first run in the JIT there (perf,
/// on a loaded machine). A second thread compiles the bodies in the order the functions are defined; the
/// runtime never compiles a method twice, so a call that comes first compiles it itself, or waits for the
/// compile already under way. The main chunk is left alone: it is running by then, and it tiers.
/// </remarks>
internal static class BackgroundJit
{
    public static void Start(Type main, Func<Type, CompilationProto?> protoOf)
    {
        var bodies = new List<RuntimeMethodHandle>();
        Collect(main, protoOf, bodies);
        if (bodies.Count == 0) return;
        var thread = new Thread(() =>
        {
            // A body that cannot be compiled here fails the same way at its first call, where the script sees
            // the error; this thread only gives up.
            try
            {
                foreach (var body in bodies) RuntimeHelpers.PrepareMethod(body);
            }
            catch (Exception)
            {
            }
        })
        {
            IsBackground = true,
            Name = "LuaIL background JIT",
        };
        thread.Start();
    }

    private static void Collect(Type type, Func<Type, CompilationProto?> protoOf, List<RuntimeMethodHandle> bodies)
    {
        foreach (var nested in type.GetNestedTypes())
        {
            if (protoOf(nested) is { } proto)
            {
                var entry = ClosureLowering.BodyEntry(proto);
                var parameters = entry.GetParameters().Select(p => p.ParameterType).ToArray();
                if (nested.GetMethod(entry.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, parameters) is { } body)
                    bodies.Add(body.MethodHandle);
            }
            Collect(nested, protoOf, bodies);
        }
    }
}
