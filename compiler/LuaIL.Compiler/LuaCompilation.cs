using LuaIL.Compiler.Diagnostics;
using LuaIL.Compiler.Emit;
using LuaIL.Compiler.Emit.Cecil;
using LuaIL.Compiler.Emit.Lowering;
using LuaIL.Compiler.Emit.ReflectionEmit;
using LuaIL.Compiler.Prototypes;
using LuaIL.Compiler.Syntax;
using LuaIL.Compiler.Text;
using System.Reflection;
using System.Runtime.CompilerServices;
using LuaIL.Runtime;

namespace LuaIL.Compiler;

/// <summary>The compiler's front door: the pipeline, stage by stage, from source bytes to IL.</summary>
/// <remarks>
/// Stages, in order: (1) <see cref="Lexer"/> and <see cref="LuaParser"/> build the syntax tree;
/// (2) <see cref="ProtoBuilder"/> resolves names and builds one <see cref="CompilationProto"/>
/// per function; (3) <see cref="ClosureLowering"/> lowers each proto into a closure class through
/// an <see cref="IAssemblyEmitter"/>: Reflection.Emit in memory, or Cecil to a .dll and .pdb.
/// A user mistake at any stage ends the pipeline with a <see cref="Diagnostic"/>, never an exception.
/// </remarks>
public static class LuaCompilation
{
    /// <summary>Stages 1 and 2: the prototype tree, or the first error as Lua reports it.</summary>
    public static CompileResult<CompilationProto> BuildProto(SourceText source)
    {
        var parsed = LuaParser.Parse(source);
        if (!parsed.Success || parsed.Chunk is null)
            return CompileResult<CompilationProto>.Fail(parsed.Diagnostics[0]);
        try
        {
            return CompileResult<CompilationProto>.Ok(ProtoBuilder.Build(parsed.Chunk));
        }
        catch (BuildException e)
        {
            return CompileResult<CompilationProto>.Fail(new Diagnostic(DiagnosticCode.LimitExceeded, source.ChunkName, e.Line, 1, e.Message, null));
        }
    }

    // The prototype behind each in-memory closure class, for string.dump; weak, so unloading code frees it.
    private static readonly ConditionalWeakTable<Type, CompilationProto> s_protos = new();

    /// <summary>All stages, in memory: a closure class, instantiated with <paramref name="env"/> as its environment.</summary>
    /// <param name="collectible">
    /// True for code that must be unloadable (scripts a server receives at run time). The runtime JITs
    /// collectible code fully optimized on first call, without tiering; a process that keeps its code
    /// (the CLI) passes false and gets quick first compiles, tiered up when hot: 1,000 functions called
    /// once start about twice as fast.
    /// </param>
    public static CompileResult<LuaClosure> CompileInMemory(SourceText source, LuaTable env, bool collectible = true)
        => CompileInMemory(source, env, new ReflectionEmitModuleGroup(collectible));

    internal static CompileResult<LuaClosure> CompileInMemory(SourceText source, LuaTable env, ReflectionEmitModuleGroup group)
    {
        var proto = BuildProto(source);
        if (proto.Value is not { } main) return CompileResult<LuaClosure>.Fail(proto.Error!);
        return CompileResult<LuaClosure>.Ok(Instantiate(main, env, group));
    }

    /// <summary>Stage 3 in memory for a prototype tree (from the builder or a binary chunk).</summary>
    public static LuaClosure Instantiate(CompilationProto main, LuaTable env, bool collectible = true)
        => Instantiate(main, env, new ReflectionEmitModuleGroup(collectible));

    /// <summary>Stage 3 into the next module of <paramref name="group"/>.</summary>
    internal static LuaClosure Instantiate(CompilationProto main, LuaTable env, ReflectionEmitModuleGroup group)
    {
        try
        {
            return Instantiate(main, env, group.Next());
        }
        catch
        {
            group.Abandon();
            throw;
        }
    }

    internal static LuaClosure Instantiate(CompilationProto main, LuaTable env, ReflectionEmitModule module)
    {
        var assembly = new ReflectionEmitAssembly(module);
        var lowered = new List<(ITypeEmitter Type, CompilationProto Proto)>();
        ClosureLowering.Lower(assembly, main, "LuaChunk", enclosing: null, (t, p) => lowered.Add((t, p)));
        var type = assembly.Complete();
        foreach (var (t, p) in lowered) s_protos.AddOrUpdate(((ReflectionEmitType)t).Builder.CreateType(), p);
        // The generated constructor only runs the base ones, which set nothing: skipping it skips its JIT
        // compile, about a fifth of compiling a 20-line script (RedisCompileBenchmarks: 370 us against 464 us).
        var closure = (LuaClosure)RuntimeHelpers.GetUninitializedObject(type);
        closure.Env = env;
        // A main chunk has no upvalues; a loaded dump of a function keeps its slots, and they start nil.
        if (main.Upvalues.Count > 0)
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
                if (field.FieldType == typeof(LuaCell)) field.SetValue(closure, new LuaCell());
        return closure;
    }

    /// <summary><c>string.dump</c>: the binary chunk of a function compiled in this process, or null for anything else.</summary>
    public static byte[]? Dump(LuaFunction function)
    {
        if (function is not LuaClosure c) return null;
        if (c.BinaryChunk is { } chunk) return chunk;
        return s_protos.TryGetValue(c.GetType(), out var proto) ? ProtoSerializer.Serialize(proto) : null;
    }

    /// <summary>All stages, to disk: <paramref name="dllPath"/> and its portable PDB; with <paramref name="executable"/> a <c>Main</c> that runs the chunk as a script.</summary>
    public static CompileResult<string> CompileToAssembly(SourceText source, string dllPath, bool executable)
    {
        var name = Path.GetFileNameWithoutExtension(dllPath);
        var emitter = new CecilAssembly(name, source.ChunkName.TrimStart('@'), source.Bytes.ToArray());
        var lowered = Lower(source, emitter, "LuaChunk");
        if (lowered.Value is not { } chunk) return CompileResult<string>.Fail(lowered.Error!);
        if (executable) emitter.DefineEntryPoint(chunk, source.ChunkName.TrimStart('@'));
        emitter.Write(dllPath);
        return CompileResult<string>.Ok(dllPath);
    }

    /// <summary>Stages 1 and 2, then lowering through <paramref name="emitter"/> as a class named <paramref name="typeName"/>.</summary>
    public static CompileResult<ITypeEmitter> Lower(SourceText source, IAssemblyEmitter emitter, string typeName)
    {
        var proto = BuildProto(source);
        if (proto.Value is not { } main) return CompileResult<ITypeEmitter>.Fail(proto.Error!);
        return CompileResult<ITypeEmitter>.Ok(ClosureLowering.Lower(emitter, main, typeName, enclosing: null).Type);
    }
}

/// <summary>A stage's product, or the diagnostic that stopped the pipeline.</summary>
public sealed class CompileResult<T> where T : class
{
    private CompileResult(T? value, Diagnostic? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public Diagnostic? Error { get; }

    public static CompileResult<T> Ok(T value) => new(value, null);
    public static CompileResult<T> Fail(Diagnostic error) => new(null, error);
}

/// <summary>Plugs the compiler into a <see cref="LuaState"/> so <c>loadstring</c>, <c>load</c> and <c>dofile</c> work.</summary>
public sealed class LuaChunkLoader : ILuaChunkLoader
{
    /// <summary>Compiles into collectible assemblies, which a host can unload (<c>SCRIPT FLUSH</c>).</summary>
    public static readonly LuaChunkLoader Instance = new(collectible: true);

    /// <summary>Compiles into assemblies that live as long as the process, which the JIT tiers (see <see cref="LuaCompilation.CompileInMemory(SourceText, LuaTable, bool)"/>).</summary>
    public static readonly LuaChunkLoader Permanent = new(collectible: false);

    private readonly bool _collectible;

    // Set in a group's loader: its compilations share modules (see CreateGroup).
    private readonly ReflectionEmitModuleGroup? _group;

    private LuaChunkLoader(bool collectible, ReflectionEmitModuleGroup? group = null)
    {
        _collectible = collectible;
        _group = group;
    }

    /// <summary>
    /// A loader whose compilations share in-memory modules, 32 to a module: about a quarter less time per
    /// script than a module each. A shared module is unloaded only when every function compiled into it is
    /// unreachable, so this is for code that lives and dies together (a server's script cache, dropped
    /// whole by <c>SCRIPT FLUSH</c>), not for chunks that should go one by one. Use it from one thread.
    /// </summary>
    public ILuaChunkLoader CreateGroup() => new LuaChunkLoader(_collectible, new ReflectionEmitModuleGroup(_collectible));

    private ReflectionEmitModuleGroup Group => _group ?? new ReflectionEmitModuleGroup(_collectible);

    static LuaChunkLoader()
    {
        // Plugging the compiler in also makes string.dump work for the functions it compiles.
        LuaStringLibrary.DumpHook ??= f => LuaCompilation.Dump(f) is { } bytes ? new LuaString(bytes) : null;
    }

    public LuaFunction Load(LuaState L, ReadOnlySpan<byte> source, string chunkName, LuaTable env)
    {
        if (ProtoSerializer.IsBinary(source)) return LoadBinary(source, chunkName, env);
        return Compile(SourceText.From(source.ToArray(), chunkName), env);
    }

    /// <summary>
    /// <c>load</c>'s form: the first piece tells a binary chunk (read whole) from source, which the lexer then pulls
    /// piece by piece, so a syntax error stops the reading where 5.1 stops it.
    /// </summary>
    public LuaFunction Load(LuaState L, Func<ReadOnlyMemory<byte>> reader, string chunkName, LuaTable env)
    {
        var first = reader();
        if (ProtoSerializer.IsBinary(first.Span))
        {
            var all = new MemoryStream();
            for (var piece = first; !piece.IsEmpty; piece = reader()) all.Write(piece.Span);
            return LoadBinary(all.ToArray(), chunkName, env);
        }
        return Compile(SourceText.FromReader(first.Span, reader, chunkName), env);
    }

    private LuaClosure Compile(SourceText source, LuaTable env)
    {
        var result = LuaCompilation.CompileInMemory(source, env, Group);
        if (result.Value is { } closure) return closure;
        throw new LuaException(new LuaValue(LuaString.FromLatin1(result.Error!.LuaMessage)));
    }

    private LuaClosure LoadBinary(ReadOnlySpan<byte> chunk, string chunkName, LuaTable env)
    {
        try
        {
            return LuaCompilation.Instantiate(ProtoSerializer.Deserialize(chunk), env, Group);
        }
        catch (ProtoFormatException e)
        {
            // 5.1's luaU_undump names the chunk like this in its messages.
            string name = chunkName.StartsWith('@') || chunkName.StartsWith('=') ? chunkName[1..]
                : chunkName.StartsWith('\x1b') ? "binary string" : chunkName;
            throw new LuaException(new LuaValue(LuaString.FromLatin1($"{name}: {e.Message} in precompiled chunk")));
        }
    }
}
