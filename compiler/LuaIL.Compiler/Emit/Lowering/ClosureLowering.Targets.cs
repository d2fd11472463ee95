using LuaIL.Compiler.Prototypes;

namespace LuaIL.Compiler.Emit.Lowering;

/// <summary>Where a prototype's code stores closures of its children: locals and globals, by child index.</summary>
/// <remarks>Only a guess for call sites (the last store wins, later stores of other values are not tracked): a wrong guess costs one failed type test.</remarks>
internal sealed record ClosureStores(Dictionary<int, int> Locals, Dictionary<string, int> Globals)
{
    public static ClosureStores Of(CompilationProto proto)
    {
        var locals = new Dictionary<int, int>();
        var globals = new Dictionary<string, int>();
        var temps = new Dictionary<int, int>();
        foreach (var instr in proto.Code)
        {
            switch (instr)
            {
                case ClosureInstr { Dst.Kind: OperandKind.Local } c:
                    locals[c.Dst.Index] = c.Child;
                    break;
                case ClosureInstr { Dst.Kind: OperandKind.Temp } c:
                    temps[c.Dst.Index] = c.Child;
                    break;
                case MoveInstr { Dst.Kind: OperandKind.Local, Src.Kind: OperandKind.Temp } m when temps.TryGetValue(m.Src.Index, out int k):
                    locals[m.Dst.Index] = k;
                    break;
                case SetGlobalInstr { Src.Kind: OperandKind.Temp } g when temps.TryGetValue(g.Src.Index, out int k):
                    globals[ConstantName(proto, g.Name)] = k;
                    break;
            }
        }
        return new ClosureStores(locals, globals);
    }

    public static string ConstantName(CompilationProto proto, int constant) => StringConstants.Latin1(proto.Constants[constant].String!);
}

/// <summary>What a child prototype knows of its parent's closure stores: its own index, and the classes of siblings lowered so far.</summary>
internal sealed record ParentTargets(ClosureStores Stores, int Index, Func<int, ITypeEmitter?> ChildType);

/// <summary>The closure class a call site most likely calls, for a direct call guarded by one exact type test.</summary>
internal sealed class CallTargets
{
    private readonly CompilationProto _proto;
    private readonly ITypeEmitter _self;
    private readonly LoweredClosure[] _children;
    private readonly ParentTargets? _parent;
    private readonly ClosureStores _own;
    // What the temp a call site calls was loaded from: a local, an upvalue or a global (by name).
    private readonly Dictionary<int, (Operand From, string? Global)> _sourceBySite = [];

    public CallTargets(CompilationProto proto, ITypeEmitter self, LoweredClosure[] children, ParentTargets? parent)
    {
        _proto = proto;
        _self = self;
        _children = children;
        _parent = parent;
        _own = ClosureStores.Of(proto);
        var loaded = new Dictionary<int, (Operand, string?)>();
        foreach (var instr in proto.Code)
        {
            switch (instr)
            {
                case GetGlobalInstr { Dst.Kind: OperandKind.Temp } g:
                    loaded[g.Dst.Index] = (g.Dst, ClosureStores.ConstantName(proto, g.Name));
                    break;
                case MoveInstr { Dst.Kind: OperandKind.Temp, Src.Kind: OperandKind.Local or OperandKind.Upvalue } m:
                    loaded[m.Dst.Index] = (m.Src, null);
                    break;
                case CallInstr { Function.Kind: OperandKind.Temp } c when loaded.TryGetValue(c.Function.Index, out var source):
                    _sourceBySite[c.Site] = source;
                    break;
            }
        }
    }

    /// <summary>The generated class <paramref name="call"/> probably calls, or null when there is no good guess.</summary>
    public ITypeEmitter? For(CallInstr call)
    {
        var fn = call.Function;
        string? global = null;
        if (fn.Kind == OperandKind.Temp)
        {
            if (!_sourceBySite.TryGetValue(call.Site, out var source)) return null;
            (fn, global) = source;
        }
        if (global is not null)
        {
            if (_own.Globals.TryGetValue(global, out int child)) return _children[child].Type;
            if (_parent is not null && _parent.Stores.Globals.TryGetValue(global, out int sibling)) return Sibling(sibling);
            return null;
        }
        if (fn.Kind == OperandKind.Local && _own.Locals.TryGetValue(fn.Index, out int local)) return _children[local].Type;
        if (fn.Kind == OperandKind.Upvalue && _parent is not null)
        {
            var desc = _proto.Upvalues[fn.Index];
            if (desc.FromParentLocal && _parent.Stores.Locals.TryGetValue(desc.Index, out int sibling)) return Sibling(sibling);
        }
        return null;
    }

    private ITypeEmitter? Sibling(int index) => index == _parent!.Index ? _self : _parent.ChildType(index);
}
