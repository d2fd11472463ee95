using System.Reflection.Emit;
using LuaIL.Compiler.Analysis;
using LuaIL.Compiler.Prototypes;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.Lowering;

/// <summary>Which of a prototype's two bodies is being written.</summary>
/// <param name="Resumable">Registers live in a <c>LuaFrame</c> and calls can suspend (arguments: L, frame, args).</param>
/// <param name="SpanArguments">The arguments arrive as a span rather than as fixed parameters.</param>
internal readonly record struct BodyForm(bool Resumable, bool SpanArguments)
{
    public static BodyForm Fast(bool spanArguments) => new(false, spanArguments);
    public static readonly BodyForm ResumableBody = new(true, true);

    /// <summary>The IL argument holding the argument span.</summary>
    public int SpanArgument => Resumable ? 3 : 2;
}

/// <summary>The binary chunk of a whole file, serialized once, and where each function's record lies in it.</summary>
/// <remarks>
/// The main chunk's class keeps it in one static string; every closure class slices its own chunk out of
/// that. A literal per class would make the writer hash the whole blob once per function.
/// </remarks>
internal sealed class EmbeddedChunks
{
    private readonly Dictionary<CompilationProto, Range> _ranges = new(ReferenceEqualityComparer.Instance);
    private readonly string _latin1;
    private readonly EmittedField _field;

    /// <summary>Serializes <paramref name="main"/> and sets a static field of its class to the result.</summary>
    public EmbeddedChunks(CompilationProto main, ITypeEmitter mainType)
    {
        _latin1 = StringConstants.Latin1(ProtoSerializer.Serialize(main, _ranges));
        _field = mainType.DefineField("s_binaryChunks", typeof(string), isStatic: true);
        mainType.TypeInitializer.Emit(OpCodes.Ldstr, _latin1);
        mainType.TypeInitializer.Emit(OpCodes.Stsfld, _field);
    }

    /// <summary>Pushes the chunk of <paramref name="proto"/> as a new byte array.</summary>
    public void EmitSlice(IILEmitter il, CompilationProto proto)
    {
        var (offset, length) = _ranges[proto].GetOffsetAndLength(_latin1.Length);
        il.Emit(OpCodes.Ldsfld, _field);
        il.Emit(OpCodes.Ldc_I4, ProtoSerializer.HeaderLength);
        il.Emit(OpCodes.Ldc_I4, offset);
        il.Emit(OpCodes.Ldc_I4, length);
        il.Emit(OpCodes.Call, R.SliceBinaryChunk);
    }
}

/// <summary>What the parent of a lowered prototype needs to create closures of it.</summary>
internal sealed record LoweredClosure(ITypeEmitter Type, EmittedField[] UpvalueFields);

/// <summary>Lowers one <see cref="CompilationProto"/> (and, first, its children) into a generated closure class.</summary>
/// <remarks>
/// Shape of the class: upvalues are instance fields holding <c>LuaCell</c>s; string constants and the
/// <c>LuaProtoInfo</c> are static readonly fields set by the type initializer; the body is the
/// <c>Invoke</c> override matching the parameter count (fixed arity up to three, else the span
/// entry), and the other fixed-arity entries forward to it. The body is generated from the
/// instruction list in one pass; every instruction starts at a known IL label, which is what a
/// resumable (coroutine) form of the same body can later dispatch to.
/// </remarks>
internal sealed partial class ClosureLowering
{
    private const int MaxFixedArity = 3;

    private readonly CompilationProto _proto;
    private readonly bool _isMain;
    private readonly ITypeEmitter _type;
    // Inline-cache fields of this class: node slots of global and field access (LuaOps.GetGlobalCached)
    // and call sites' callee-class caches (LuaCallSiteClass).
    private readonly SitePool<EmittedField> _cacheSlots;
    private readonly SitePool<(EmittedField Class, EmittedField Keep)> _callSiteSlots;
    private readonly LoweredClosure[] _children;
    private readonly EmittedField[] _upvalues;
    private readonly StringConstants _strings;
    private readonly CallTargets _targets;
    private NumericAnalysis? _facts;

    /// <summary>The analysis of the prototype's registers, run once for both bodies.</summary>
    private NumericAnalysis Facts => _facts ??= NumericAnalysis.Run(_proto);

    private TailVersion? _tailVersion;
    private bool _tailVersionChosen;

    /// <summary>The number-specialised copy of the code's tail both bodies emit, if one pays (see <see cref="NumericAnalysis.ChooseTailVersion"/>).</summary>
    private TailVersion? TailVersion
    {
        get
        {
            if (!_tailVersionChosen)
            {
                _tailVersion = Facts.ChooseTailVersion();
                _tailVersionChosen = true;
            }
            return _tailVersion;
        }
    }

    private EmittedField NextCacheSlot() => _cacheSlots.Next();

    private (EmittedField Class, EmittedField Keep) NextCallSiteSlots() => _callSiteSlots.Next();

    /// <summary>Cache fields handed out to sites, one each up to a cap and shared beyond it.</summary>
    /// <remarks>
    /// A cache is only a hint, so sharing costs at most a refresh; without the cap a generated chunk
    /// with many sites (a table constructor of 70,000 fields) exceeds the 65,535 fields a type may hold.
    /// </remarks>
    private sealed class SitePool<T>(Func<int, T> define)
    {
        private const int Cap = 4096;
        private readonly List<T> _defined = [];
        private int _uses;

        public T Next()
        {
            int n = _uses++;
            if (n < Cap) _defined.Add(define(n));
            return _defined[n % Cap];
        }
    }

    private ClosureLowering(CompilationProto proto, ITypeEmitter type, LoweredClosure[] children, ParentTargets? parent)
    {
        _isMain = parent is null;
        _proto = proto;
        _type = type;
        _children = children;
        _targets = new CallTargets(proto, type, children, parent);
        _upvalues = new EmittedField[proto.Upvalues.Count];
        for (int i = 0; i < _upvalues.Length; i++)
            _upvalues[i] = type.DefineField($"up{i}_{proto.Upvalues[i].Name}", R.Cell, isStatic: false);
        _strings = new StringConstants(proto, type);
        _cacheSlots = new(n => type.DefineCacheSlot($"ic{n}"));
        _callSiteSlots = new(n => (type.DefineCacheSlot($"cc{n}", typeof(nint)), type.DefineCacheSlot($"ck{n}", typeof(object))));
    }

    /// <summary>Lowers <paramref name="proto"/> into a class named <paramref name="name"/>, nested in <paramref name="enclosing"/>.</summary>
    /// <param name="lowered">Told of every class and the prototype it came from (for <c>string.dump</c>).</param>
    public static LoweredClosure Lower(IAssemblyEmitter assembly, CompilationProto proto, string name, ITypeEmitter? enclosing,
        Action<ITypeEmitter, CompilationProto>? lowered = null)
        => Lower(assembly, proto, name, enclosing, lowered, chunks: null, parent: null);

    private static LoweredClosure Lower(IAssemblyEmitter assembly, CompilationProto proto, string name, ITypeEmitter? enclosing,
        Action<ITypeEmitter, CompilationProto>? lowered, EmbeddedChunks? chunks, ParentTargets? parent)
    {
        var type = assembly.DefineClosureType(name, enclosing);
        if (chunks is null && assembly.EmbedsBinaryChunks) chunks = new EmbeddedChunks(proto, type);
        lowered?.Invoke(type, proto);
        var children = new LoweredClosure[proto.Children.Count];
        var stores = ClosureStores.Of(proto);
        for (int i = 0; i < children.Length; i++)
        {
            var child = proto.Children[i];
            children[i] = Lower(assembly, child, $"{ChildName(child)}_{i}", type, lowered, chunks, new ParentTargets(stores, i, k => children[k]?.Type));
        }
        var lowering = new ClosureLowering(proto, type, children, parent);
        lowering.EmitTypeInitializer();
        if (chunks is not null) lowering.EmitBinaryChunk(chunks);
        lowering.EmitEntries();
        return new LoweredClosure(type, lowering._upvalues);
    }

    private static string ChildName(CompilationProto child)
    {
        var name = child.Name is null ? "anon" : new string(child.Name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        return $"{name}_L{child.LineDefined}";
    }

    private void EmitTypeInitializer()
    {
        var il = _type.TypeInitializer;
        _strings.EmitInitialization(il);
        var info = _type.DefineField("s_info", R.ProtoInfo, isStatic: true);
        var p = _proto.ToInfo();
        il.Emit(OpCodes.Ldstr, p.ChunkName);
        if (p.Name is null) il.Emit(OpCodes.Ldnull);
        else il.Emit(OpCodes.Ldstr, p.Name);
        il.Emit(OpCodes.Ldc_I4, p.LineDefined);
        il.Emit(OpCodes.Ldc_I4, p.LastLineDefined);
        il.Emit(OpCodes.Ldstr, p.EncodedSites);
        il.Emit(OpCodes.Newobj, R.ProtoInfoCtor);
        il.Emit(OpCodes.Stsfld, info);
        il.Emit(OpCodes.Ret);

        var getter = _type.DefineOverride(R.InfoGetter, out _);
        getter.Emit(OpCodes.Ldsfld, info);
        getter.Emit(OpCodes.Ret);
    }

    /// <summary>Overrides <c>BinaryChunk</c>: this function's record sliced out of the file's embedded chunk.</summary>
    private void EmitBinaryChunk(EmbeddedChunks chunks)
    {
        var il = _type.DefineOverride(R.BinaryChunkGetter, out _);
        chunks.EmitSlice(il, _proto);
        il.Emit(OpCodes.Ret);
    }

    /// <summary>The body goes into the entry that fits the parameter count; the other fixed-arity entries forward to it.</summary>
    /// <remarks>
    /// A function's entries are compiled optimized at their first call instead of tiered: a function
    /// is usually called many times, and tiering ran the first calls unoptimized and instrumented,
    /// then waited for a background compile queued behind hundreds of the compiler's own methods. A
    /// main chunk usually runs once, so it keeps tiering (its loops are optimized at once anyway).
    /// </remarks>
    private void EmitEntries()
    {
        int n = _proto.ParameterCount;
        bool spanBody = _proto.IsVararg || n > MaxFixedArity;
        bool atOnce = !_isMain;
        var bodyBase = spanBody ? R.InvokeSpan : R.InvokeFixed[n];
        new BodyWriter(this, _type.DefineOverride(bodyBase, out var body, atOnce), BodyForm.Fast(spanBody)).Write();
        // The resumable form runs only inside coroutines; code outside them never touches it.
        new BodyWriter(this, _type.DefineOverride(R.Resume, out _, atOnce), BodyForm.ResumableBody).Write();
        if (spanBody) return;

        for (int arity = 0; arity <= MaxFixedArity; arity++)
        {
            if (arity == n) continue;
            var il = _type.DefineOverride(R.InvokeFixed[arity], out _, atOnce);
            EmitForward(il, body, arity, n, fromSpan: false);
        }
        var spanEntry = _type.DefineOverride(R.InvokeSpan, out _, atOnce);
        EmitForward(spanEntry, body, MaxFixedArity, n, fromSpan: true);
    }

    /// <summary>Calls the body with the first <paramref name="want"/> arguments, nil for missing ones; extra arguments are dropped.</summary>
    private static void EmitForward(IILEmitter il, EmittedMethod body, int have, int want, bool fromSpan)
    {
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        for (int i = 0; i < want; i++)
        {
            if (fromSpan)
            {
                il.LoadArgument(2);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Call, R.Support("Arg"));
            }
            else if (i < have) il.LoadArgument(i + 2);
            else il.Emit(OpCodes.Ldsfld, R.Nil);
        }
        il.Emit(OpCodes.Tailcall);
        il.Emit(OpCodes.Call, body);
        il.Emit(OpCodes.Ret);
    }
}
