using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;
using R = LuaIL.Compiler.Emit.RuntimeMembers;
using SreOpCode = System.Reflection.Emit.OpCode;

namespace LuaIL.Compiler.Emit.Cecil;

/// <summary>Builds closure classes into an assembly written to disk with a portable PDB mapping IL to Lua lines.</summary>
internal sealed class CecilAssembly : IAssemblyEmitter
{
    private readonly AssemblyDefinition _assembly;
    private readonly List<CecilIL> _bodies = [];

    public CecilAssembly(string name, string sourcePath, byte[] sourceBytes)
    {
        var version = new Version(1, 0, 0, 0);
        _assembly = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, version), name + ".dll", ModuleKind.Dll);
        Module = _assembly.MainModule;
        Document = new Document(Path.GetFullPath(sourcePath))
        {
            LanguageGuid = new Guid("6f86b4c5-3b2d-4f1f-9e2b-6c0a9b1f2a51"), // Lua has no registered language GUID; this one is LuaIL's.
            HashAlgorithm = DocumentHashAlgorithm.SHA256,
            Hash = System.Security.Cryptography.SHA256.HashData(sourceBytes),
        };
        SourceBytes = sourceBytes;
    }

    public ModuleDefinition Module { get; }

    // Importing a member costs a lookup through the reflection object each time; a body names the
    // same few dozen runtime members over and over, so each is imported once per module.
    private readonly Dictionary<MemberInfo, MemberReference> _imports = [];
    private readonly Dictionary<Type, TypeReference> _typeImports = [];

    public MethodReference Import(MethodBase method)
    {
        if (_imports.TryGetValue(method, out var r)) return (MethodReference)r;
        var imported = method is ConstructorInfo c ? Module.ImportReference(c) : Module.ImportReference((MethodInfo)method);
        _imports[method] = imported;
        return imported;
    }

    public FieldReference Import(FieldInfo field)
    {
        if (_imports.TryGetValue(field, out var r)) return (FieldReference)r;
        var imported = Module.ImportReference(field);
        _imports[field] = imported;
        return imported;
    }

    public TypeReference Import(Type type)
    {
        if (_typeImports.TryGetValue(type, out var r)) return r;
        return _typeImports[type] = Module.ImportReference(type);
    }
    private readonly Dictionary<MethodBase, ParameterInfo[]> _parameters = [];

    // Every closure class overrides the same handful of base methods; GetParameters copies its array each call.
    public ParameterInfo[] ParametersOf(MethodBase method)
    {
        if (!_parameters.TryGetValue(method, out var p)) _parameters[method] = p = method.GetParameters();
        return p;
    }

    public Document Document { get; }
    public byte[] SourceBytes { get; }

    internal void Register(CecilIL body) => _bodies.Add(body);

    public ITypeEmitter DefineClosureType(string name, ITypeEmitter? enclosing)
    {
        var baseType = Module.ImportReference(R.Closure);
        TypeDefinition type;
        if (enclosing is CecilType outer)
        {
            type = new TypeDefinition("", name, Mono.Cecil.TypeAttributes.NestedPublic | Mono.Cecil.TypeAttributes.Sealed | Mono.Cecil.TypeAttributes.BeforeFieldInit, baseType);
            outer.Definition.NestedTypes.Add(type);
        }
        else
        {
            type = new TypeDefinition("LuaIL.Compiled", name, Mono.Cecil.TypeAttributes.Public | Mono.Cecil.TypeAttributes.Sealed | Mono.Cecil.TypeAttributes.BeforeFieldInit, baseType);
            Module.Types.Add(type);
        }
        return new CecilType(this, type);
    }

    public bool EmbedsBinaryChunks => true;

    public void DefineEntryPoint(ITypeEmitter chunk, string scriptName)
    {
        var program = new TypeDefinition("LuaIL.Compiled", "Program",
            Mono.Cecil.TypeAttributes.Public | Mono.Cecil.TypeAttributes.Abstract | Mono.Cecil.TypeAttributes.Sealed | Mono.Cecil.TypeAttributes.BeforeFieldInit,
            Module.TypeSystem.Object);
        Module.Types.Add(program);
        var main = new MethodDefinition("Main", Mono.Cecil.MethodAttributes.Public | Mono.Cecil.MethodAttributes.Static | Mono.Cecil.MethodAttributes.HideBySig, Module.TypeSystem.Int32);
        main.Parameters.Add(new ParameterDefinition("args", Mono.Cecil.ParameterAttributes.None, Module.ImportReference(typeof(string[]))));
        program.Methods.Add(main);
        var il = main.Body.GetILProcessor();
        il.Emit(OpCodes.Newobj, ((CecilMethod)chunk.Constructor).Reference);
        il.Emit(OpCodes.Ldstr, scriptName);
        il.Emit(OpCodes.Ldarg_0);
        // An executable runs like lua5.1, which can compile at run time: it plugs this compiler in.
        il.Emit(OpCodes.Ldsfld, Module.ImportReference(R.CompilerChunkLoader));
        il.Emit(OpCodes.Call, Module.ImportReference(R.RunScript));
        il.Emit(OpCodes.Ret);
        Module.EntryPoint = main;
        Module.Kind = ModuleKind.Console;
    }

    /// <summary>Writes the assembly and its portable PDB (with the Lua source embedded) next to each other.</summary>
    public void Write(string dllPath)
    {
        foreach (var body in _bodies) body.Finish();
        // Embedding the source lets debuggers show the Lua lines without the .lua file at hand.
        Document.CustomDebugInformations.Add(new EmbeddedSourceDebugInformation(SourceBytes, compress: SourceBytes.Length > 200));
        var parameters = new WriterParameters
        {
            WriteSymbols = true,
            SymbolWriterProvider = new PortablePdbWriterProvider(),
            DeterministicMvid = true,
        };
        _assembly.Write(dllPath, parameters);
    }
}

/// <summary>A closure class under construction with Cecil.</summary>
internal sealed class CecilType : ITypeEmitter
{
    private readonly CecilAssembly _assembly;
    private CecilIL? _typeInitializer;

    public CecilType(CecilAssembly assembly, TypeDefinition definition)
    {
        _assembly = assembly;
        Definition = definition;
        var module = assembly.Module;
        var ctor = new MethodDefinition(".ctor",
            Mono.Cecil.MethodAttributes.Public | Mono.Cecil.MethodAttributes.HideBySig | Mono.Cecil.MethodAttributes.SpecialName | Mono.Cecil.MethodAttributes.RTSpecialName,
            module.TypeSystem.Void);
        definition.Methods.Add(ctor);
        var il = ctor.Body.GetILProcessor();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, module.ImportReference(R.ClosureCtor));
        il.Emit(OpCodes.Ret);
        Constructor = new CecilMethod(ctor);
    }

    public TypeDefinition Definition { get; }
    public EmittedMethod Constructor { get; }

    public IILEmitter TypeInitializer
    {
        get
        {
            if (_typeInitializer is null)
            {
                var cctor = new MethodDefinition(".cctor",
                    Mono.Cecil.MethodAttributes.Private | Mono.Cecil.MethodAttributes.Static | Mono.Cecil.MethodAttributes.HideBySig | Mono.Cecil.MethodAttributes.SpecialName | Mono.Cecil.MethodAttributes.RTSpecialName,
                    _assembly.Module.TypeSystem.Void);
                Definition.Methods.Add(cctor);
                _typeInitializer = new CecilIL(_assembly, cctor);
            }
            return _typeInitializer;
        }
    }

    public EmittedField DefineField(string name, Type type, bool isStatic)
    {
        var attrs = isStatic ? Mono.Cecil.FieldAttributes.Public | Mono.Cecil.FieldAttributes.Static | Mono.Cecil.FieldAttributes.InitOnly : Mono.Cecil.FieldAttributes.Public;
        var field = new FieldDefinition(name, attrs, _assembly.Module.ImportReference(type));
        Definition.Fields.Add(field);
        return new CecilField(field);
    }

    public EmittedField DefineCacheSlot(string name, Type? type = null)
    {
        var fieldType = type is null ? _assembly.Module.TypeSystem.Int32 : _assembly.Module.ImportReference(type);
        var field = new FieldDefinition(name, Mono.Cecil.FieldAttributes.Public | Mono.Cecil.FieldAttributes.Static, fieldType);
        Definition.Fields.Add(field);
        return new CecilField(field);
    }

    public IILEmitter DefineOverride(MethodInfo baseMethod, out EmittedMethod method, bool optimizeAtOnce = false)
    {
        var m = new MethodDefinition(baseMethod.Name,
            Mono.Cecil.MethodAttributes.Public | Mono.Cecil.MethodAttributes.Virtual | Mono.Cecil.MethodAttributes.HideBySig | Mono.Cecil.MethodAttributes.Final
                | (baseMethod.IsSpecialName ? Mono.Cecil.MethodAttributes.SpecialName : 0),
            _assembly.Import(baseMethod.ReturnType));
        if (optimizeAtOnce) m.ImplAttributes |= Mono.Cecil.MethodImplAttributes.AggressiveOptimization;
        foreach (var p in _assembly.ParametersOf(baseMethod))
            m.Parameters.Add(new ParameterDefinition(p.Name, Mono.Cecil.ParameterAttributes.None, _assembly.Import(p.ParameterType)));
        Definition.Methods.Add(m);
        method = new CecilMethod(m);
        return new CecilIL(_assembly, m);
    }
}

internal sealed class CecilField(FieldReference field) : EmittedField
{
    public FieldReference Reference { get; } = field;
}

internal sealed class CecilMethod(MethodReference method) : EmittedMethod
{
    public MethodReference Reference { get; } = method;
}

internal sealed class CecilLocal(VariableDefinition variable) : EmittedLocal
{
    public VariableDefinition Variable { get; } = variable;
}

/// <summary>A label is a placeholder <c>nop</c> that branches target; <see cref="CecilIL.Finish"/> shortens branches afterwards.</summary>
internal sealed class CecilLabel(Instruction target) : EmittedLabel
{
    public Instruction Target { get; } = target;
}

/// <summary>An <see cref="IILEmitter"/> over a Cecil method body, recording sequence points against the Lua document.</summary>
internal sealed class CecilIL : IILEmitter
{
    private static readonly Dictionary<short, OpCode> s_opcodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly CecilAssembly _assembly;
    private readonly MethodDefinition _method;
    private readonly ILProcessor _il;
    private int _pendingLine = -1;
    private readonly List<VariableDebugInformation> _namedLocals = [];

    public CecilIL(CecilAssembly assembly, MethodDefinition method)
    {
        _assembly = assembly;
        _method = method;
        _il = method.Body.GetILProcessor();
        method.Body.InitLocals = true;
        assembly.Register(this);
    }

    private ModuleDefinition Module => _assembly.Module;

    private static OpCode Map(SreOpCode op) => s_opcodes[op.Value];

    private void Append(Instruction instruction)
    {
        _il.Append(instruction);
        if (_pendingLine > 0)
        {
            _method.DebugInformation.SequencePoints.Add(new SequencePoint(instruction, _assembly.Document)
            {
                StartLine = _pendingLine,
                EndLine = _pendingLine,
                StartColumn = 1,
                EndColumn = 2,
            });
            _pendingLine = -1;
        }
    }

    public void Emit(SreOpCode op) => Append(_il.Create(Map(op)));
    public void Emit(SreOpCode op, int value) => Append(_il.Create(Map(op), value));
    public void Emit(SreOpCode op, double value) => Append(_il.Create(Map(op), value));
    public void Emit(SreOpCode op, string value) => Append(_il.Create(Map(op), value));
    public void Emit(SreOpCode op, FieldInfo field) => Append(_il.Create(Map(op), _assembly.Import(field)));
    public void Emit(SreOpCode op, Type type) => Append(_il.Create(Map(op), _assembly.Import(type)));
    public void Emit(SreOpCode op, ITypeEmitter type) => Append(_il.Create(Map(op), ((CecilType)type).Definition));
    public void Emit(SreOpCode op, EmittedField field) => Append(_il.Create(Map(op), ((CecilField)field).Reference));
    public void Emit(SreOpCode op, EmittedMethod method) => Append(_il.Create(Map(op), ((CecilMethod)method).Reference));
    public void Emit(SreOpCode op, EmittedLocal local) => Append(_il.Create(Map(op), ((CecilLocal)local).Variable));
    public void Emit(SreOpCode op, EmittedLabel label) => Append(_il.Create(Map(op), ((CecilLabel)label).Target));

    public void Emit(SreOpCode op, MethodBase method) => Append(_il.Create(Map(op), _assembly.Import(method)));

    public void LoadArgument(int index) => Append(index switch
    {
        0 => _il.Create(OpCodes.Ldarg_0),
        1 => _il.Create(OpCodes.Ldarg_1),
        2 => _il.Create(OpCodes.Ldarg_2),
        3 => _il.Create(OpCodes.Ldarg_3),
        _ => _il.Create(OpCodes.Ldarg, _method.Parameters[index - 1]),
    });

    public void EmitSwitch(EmittedLabel[] labels)
        => Append(_il.Create(OpCodes.Switch, labels.Select(l => ((CecilLabel)l).Target).ToArray()));

    public EmittedLocal DeclareLocal(Type type, string? name = null)
    {
        var variable = new VariableDefinition(_assembly.Import(type));
        _method.Body.Variables.Add(variable);
        if (name is not null) _namedLocals.Add(new VariableDebugInformation(variable, name));
        return new CecilLocal(variable);
    }

    public EmittedLabel DefineLabel() => new CecilLabel(_il.Create(OpCodes.Nop));

    public void MarkLabel(EmittedLabel label) => Append(((CecilLabel)label).Target);

    public void MarkSequencePoint(int line) => _pendingLine = line;

    /// <summary>Fixes the local scope to span the body and picks short branch forms.</summary>
    public void Finish()
    {
        var body = _method.Body;
        if (_namedLocals.Count > 0 && body.Instructions.Count > 0)
        {
            // One scope over the whole body: Lua locals' own scopes are in the proto, not needed by debuggers to show values.
            var scope = new ScopeDebugInformation(body.Instructions[0], null);
            foreach (var v in _namedLocals) scope.Variables.Add(v);
            _method.DebugInformation.Scope = scope;
        }
        body.OptimizeMacros();
    }
}
