using System.Reflection;
using System.Reflection.Emit;
using R = LuaIL.Compiler.Emit.RuntimeMembers;

namespace LuaIL.Compiler.Emit.ReflectionEmit;

/// <summary>Builds the closure classes of one compilation in a <see cref="ReflectionEmitModule"/>, which other compilations may share.</summary>
internal sealed class ReflectionEmitAssembly(ReflectionEmitModule module) : IAssemblyEmitter
{
    private readonly ModuleBuilder _module = module.Builder;
    private readonly List<ReflectionEmitType> _types = [];
    private readonly ReflectionEmitTokens _tokens = module.Tokens;
    private readonly int _compilation = module.BeginCompilation();

    public ITypeEmitter DefineClosureType(string name, ITypeEmitter? enclosing)
    {
        const TypeAttributes attrs = TypeAttributes.Sealed | TypeAttributes.Class | TypeAttributes.BeforeFieldInit;
        var builder = enclosing is ReflectionEmitType outer
            ? outer.Builder.DefineNestedType(name, attrs | TypeAttributes.NestedPublic, R.Closure)
            : _module.DefineType(_compilation == 1 ? name : $"{name}_{_compilation}", attrs | TypeAttributes.Public, R.Closure);
        var type = new ReflectionEmitType(builder, _tokens);
        _types.Add(type);
        return type;
    }

    // In-memory code is known to the compiler's registry; serializing every prototype would slow EVAL.
    public bool EmbedsBinaryChunks => false;

    public void DefineEntryPoint(ITypeEmitter chunk, string scriptName)
        => throw new NotSupportedException("in-memory assemblies have no entry point");

    /// <summary>Creates every type (enclosing types before nested ones) and returns the first, the main chunk's.</summary>
    public Type Complete()
    {
        Type? main = null;
        foreach (var t in _types)
        {
            var created = t.Create();
            main ??= created;
        }
        return main ?? throw new InvalidOperationException("no type was defined");
    }
}

/// <summary>A closure class under construction with Reflection.Emit.</summary>
internal sealed class ReflectionEmitType : ITypeEmitter
{
    private ReflectionEmitIL? _typeInitializer;

    private readonly ReflectionEmitTokens _tokens;

    public ReflectionEmitType(TypeBuilder builder, ReflectionEmitTokens tokens)
    {
        _tokens = tokens;
        Builder = builder;
        var ctor = builder.DefineConstructor(MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            CallingConventions.Standard, Type.EmptyTypes);
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, R.ClosureCtor);
        il.Emit(OpCodes.Ret);
        Constructor = new ReflectionEmitMethod(ctor);
    }

    public TypeBuilder Builder { get; }
    public EmittedMethod Constructor { get; }

    public IILEmitter TypeInitializer => _typeInitializer ??= NewTypeInitializer();

    // It runs once: compiled without optimization (which collectible code otherwise always gets, never being tiered),
    // its JIT compile is cheaper and nothing runs slower.
    private ReflectionEmitIL NewTypeInitializer()
    {
        var cctor = Builder.DefineTypeInitializer();
        cctor.SetImplementationFlags(MethodImplAttributes.NoOptimization);
        return new ReflectionEmitIL(cctor.GetILGenerator(), _tokens);
    }

    public EmittedField DefineField(string name, Type type, bool isStatic)
    {
        var attrs = isStatic ? FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.InitOnly : FieldAttributes.Public;
        return new ReflectionEmitField(Builder.DefineField(name, type, attrs));
    }

    // Same name and signature, virtual without NewSlot: the method takes the base method's slot, as C# overrides
    // do, with no MethodImpl row for the type loader to match.
    public EmittedField DefineCacheSlot(string name, Type? type = null)
        => new ReflectionEmitField(Builder.DefineField(name, type ?? typeof(int), FieldAttributes.Public | FieldAttributes.Static));

    public IILEmitter DefineOverride(MethodInfo baseMethod, out EmittedMethod method, bool optimizeAtOnce = false)
    {
        var m = Builder.DefineMethod(baseMethod.Name,
            MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final | (baseMethod.IsSpecialName ? MethodAttributes.SpecialName : 0),
            baseMethod.ReturnType, ParameterTypes(baseMethod));
        if (optimizeAtOnce) m.SetImplementationFlags(MethodImplAttributes.AggressiveOptimization);
        method = new ReflectionEmitMethod(m);
        return new ReflectionEmitIL(m.GetILGenerator(), _tokens);
    }

    public Type Create() => Builder.CreateType();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MethodInfo, Type[]> s_parameterTypes = new();

    private static Type[] ParameterTypes(MethodInfo method)
        => s_parameterTypes.GetOrAdd(method, m => [.. m.GetParameters().Select(p => p.ParameterType)]);
}

internal sealed class ReflectionEmitField(FieldInfo field) : EmittedField
{
    public FieldInfo Field { get; } = field;
}

internal sealed class ReflectionEmitMethod(MethodBase method) : EmittedMethod
{
    public MethodBase Method { get; } = method;
}

internal sealed class ReflectionEmitLocal(LocalBuilder local) : EmittedLocal
{
    public LocalBuilder Local { get; } = local;
}

internal sealed class ReflectionEmitLabel(Label label) : EmittedLabel
{
    public Label Label { get; } = label;
}

/// <summary>An <see cref="IILEmitter"/> over an <see cref="ILGenerator"/>; sequence points are not kept in memory.</summary>
internal sealed class ReflectionEmitIL(ILGenerator il, ReflectionEmitTokens tokens) : IILEmitter
{
    public void Emit(OpCode op) => il.Emit(op);
    public void Emit(OpCode op, int value) => il.Emit(op, value);
    public void Emit(OpCode op, double value) => il.Emit(op, value);
    public void Emit(OpCode op, string value) => il.Emit(op, tokens.String(value));
    public void Emit(OpCode op, FieldInfo field) => il.Emit(op, tokens.Field(field));
    public void Emit(OpCode op, Type type) => il.Emit(op, tokens.Type(type));
    public void Emit(OpCode op, ITypeEmitter type) => il.Emit(op, ((ReflectionEmitType)type).Builder);
    public void Emit(OpCode op, EmittedField field) => il.Emit(op, tokens.Field(((ReflectionEmitField)field).Field));
    public void Emit(OpCode op, EmittedLocal local) => il.Emit(op, ((ReflectionEmitLocal)local).Local);
    public void Emit(OpCode op, EmittedLabel label) => il.Emit(op, ((ReflectionEmitLabel)label).Label);

    public void Emit(OpCode op, MethodBase method)
    {
        if (tokens.TryEmitCall(il, op, method)) return;
        if (method is ConstructorInfo c) il.Emit(op, c);
        else il.Emit(op, (MethodInfo)method);
    }

    public void Emit(OpCode op, EmittedMethod method) => Emit(op, ((ReflectionEmitMethod)method).Method);

    public void LoadArgument(int index)
    {
        switch (index)
        {
            case 0: il.Emit(OpCodes.Ldarg_0); break;
            case 1: il.Emit(OpCodes.Ldarg_1); break;
            case 2: il.Emit(OpCodes.Ldarg_2); break;
            case 3: il.Emit(OpCodes.Ldarg_3); break;
            default: il.Emit(OpCodes.Ldarg_S, (byte)index); break;
        }
    }

    public void EmitSwitch(EmittedLabel[] labels) => il.Emit(OpCodes.Switch, labels.Select(l => ((ReflectionEmitLabel)l).Label).ToArray());

    public EmittedLocal DeclareLocal(Type type, string? name = null) => new ReflectionEmitLocal(il.DeclareLocal(type));
    public EmittedLabel DefineLabel() => new ReflectionEmitLabel(il.DefineLabel());
    public void MarkLabel(EmittedLabel label) => il.MarkLabel(((ReflectionEmitLabel)label).Label);
    public void MarkSequencePoint(int line) { }
}
