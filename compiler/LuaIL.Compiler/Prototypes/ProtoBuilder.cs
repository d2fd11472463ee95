using LuaIL.Compiler.Syntax;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Prototypes;

/// <summary>Builds the <see cref="CompilationProto"/> tree from a parsed chunk: scopes, locals, upvalues, constants, temps and code.</summary>
/// <remarks>
/// Like 5.1's lparser/lcode, values are placed where 5.1 would place them: locals are read where
/// the operation happens, while globals, upvalues and fields are loaded into temps where the
/// expression is evaluated. Temps are allocated as a stack and released at the end of each
/// statement, so a long chain of operations needs only a few of them.
/// </remarks>
internal sealed partial class ProtoBuilder
{
    private const int MaxLocals = 200;   // LUAI_MAXVARS
    private const int MaxUpvalues = 60;  // LUAI_MAXUPVALUES

    private readonly string _chunkName;
    private FunctionState _fs = null!;

    private ProtoBuilder(string chunkName) => _chunkName = chunkName;

    /// <summary>Builds the prototype of the main function of <paramref name="chunk"/>.</summary>
    /// <exception cref="BuildException">A limit of 5.1 was exceeded (too many locals or upvalues).</exception>
    public static CompilationProto Build(Chunk chunk)
    {
        var builder = new ProtoBuilder(chunk.ChunkName);
        return builder.BuildFunction(chunk.Main, parent: null, isMain: true);
    }

    private CompilationProto BuildFunction(FunctionBody body, FunctionState? parent, bool isMain)
    {
        var fs = new FunctionState(parent, body, isMain);
        _fs = fs;
        OpenBlock(loop: false);
        foreach (var p in body.Parameters)
            DeclareLocal(p, body.Line, emitDeclaration: false);
        // LUA_COMPAT_VARARG: every vararg function but the main chunk has a local 'arg' after its
        // parameters; it holds the table of extra arguments only when the body never says '...'.
        if (body.IsVararg && !isMain)
            DeclareLocal("arg", body.Line, emitDeclaration: false);
        Statements(body.Body);
        bool needsArg = body.IsVararg && !isMain && !fs.UsesVararg;
        CloseBlock();
        int last = isMain ? 0 : body.EndLine;
        Emit(new ReturnInstr(isMain ? LastLine(body) : body.EndLine, [], false));
        NumberConstantsInCodeOrder();
        _fs = parent!;
        return new CompilationProto
        {
            ChunkName = _chunkName,
            Name = body.Name,
            LineDefined = isMain ? 0 : body.Line,
            LastLineDefined = last,
            ParameterCount = body.Parameters.Count,
            IsVararg = body.IsVararg,
            NeedsArgTable = needsArg,
            Constants = fs.Constants,
            Locals = fs.Locals,
            Upvalues = fs.Upvalues,
            Children = fs.Children,
            Sites = fs.Sites,
            TempCount = fs.MaxTemps,
            LabelCount = fs.LabelCount,
            Code = fs.Code,
        };
    }

    private static int LastLine(FunctionBody main) => Math.Max(main.Body.EndLine, 1);

    // ---- per-function state ----

    private sealed class FunctionState(FunctionState? parent, FunctionBody body, bool isMain)
    {
        public readonly FunctionState? Parent = parent;
        public readonly FunctionBody Body = body;
        public readonly bool IsMain = isMain;
        public readonly List<LuaConstant> Constants = [];
        public readonly Dictionary<double, int> NumberConstants = [];
        public readonly List<double> PendingNumbers = [];
        public readonly Dictionary<string, int> StringConstants = new(StringComparer.Ordinal);
        public readonly List<LocalVarInfo> Locals = [];
        public readonly List<UpvalueDesc> Upvalues = [];
        public readonly List<CompilationProto> Children = [];
        public readonly List<CallSiteInfo> Sites = [];
        public readonly List<Instr> Code = [];
        public readonly List<(string Name, int Id)> Active = [];
        public readonly List<BlockScope> Blocks = [];
        public int TempTop;
        public int MaxTemps;
        public int LabelCount;
        public bool UsesVararg;
    }

    private sealed class BlockScope(int activeAtEntry, Label? breakLabel)
    {
        public readonly int ActiveAtEntry = activeAtEntry;
        public readonly Label? BreakLabel = breakLabel;
    }

    private void Emit(Instr instr) => _fs.Code.Add(instr);

    private Label NewLabel() => new(_fs.LabelCount++);

    private void Place(Label label, int line) => Emit(new LabelInstr(line, label));

    // ---- temps ----

    private Operand NewTemp()
    {
        int t = _fs.TempTop++;
        if (_fs.TempTop > _fs.MaxTemps) _fs.MaxTemps = _fs.TempTop;
        return Operand.Temp(t);
    }

    private int TempMark => _fs.TempTop;

    private void ReleaseTemps(int mark) => _fs.TempTop = mark;

    // ---- constants ----

    /// <summary>A number literal operand. Like 5.1, it enters the constant table only if code uses it (folded
    /// operands never do), in code order; see <see cref="NumberConstantsInCodeOrder"/>.</summary>
    private Operand NumberLiteral(double d)
    {
        _fs.PendingNumbers.Add(d);
        return Operand.Constant(-_fs.PendingNumbers.Count);
    }

    private int NumberConstant(double d)
    {
        // 5.1 keys its constant table by value: 0 and -0 share one slot, whichever came first.
        if (_fs.NumberConstants.TryGetValue(d == 0 ? 0 : d, out int k)) return k;
        k = _fs.Constants.Count;
        _fs.Constants.Add(new LuaConstant(d, null));
        _fs.NumberConstants[d == 0 ? 0 : d] = k;
        return k;
    }

    /// <summary>Gives the pending number literals their constant slots in the order the code uses them.</summary>
    private void NumberConstantsInCodeOrder()
    {
        var code = _fs.Code;
        for (int i = 0; i < code.Count; i++)
            code[i] = InstrOperands.Map(code[i], op => op.Kind == OperandKind.Constant && op.Index < 0
                ? op with { Index = NumberConstant(_fs.PendingNumbers[-op.Index - 1]) }
                : op);
    }

    private int StringConstant(byte[] s)
    {
        var key = Latin1(s);
        if (_fs.StringConstants.TryGetValue(key, out int k)) return k;
        k = _fs.Constants.Count;
        _fs.Constants.Add(new LuaConstant(0, s));
        _fs.StringConstants[key] = k;
        return k;
    }

    private int StringConstant(string name) => StringConstant(System.Text.Encoding.UTF8.GetBytes(name));

    private static string Latin1(byte[] s) => string.Create(s.Length, s, static (span, b) =>
    {
        for (int i = 0; i < b.Length; i++) span[i] = (char)b[i];
    });

    private double? NumberOf(Operand op)
        => op.Kind == OperandKind.Constant && op.Index < 0 ? _fs.PendingNumbers[-op.Index - 1] : null;

    // ---- scopes, locals, upvalues ----

    private void OpenBlock(bool loop, Label? breakLabel = null)
        => _fs.Blocks.Add(new BlockScope(_fs.Active.Count, loop ? breakLabel : null));

    private void CloseBlock()
    {
        var block = _fs.Blocks[^1];
        _fs.Blocks.RemoveAt(_fs.Blocks.Count - 1);
        for (int i = block.ActiveAtEntry; i < _fs.Active.Count; i++)
            _fs.Locals[_fs.Active[i].Id].EndPc = _fs.Code.Count;
        _fs.Active.RemoveRange(block.ActiveAtEntry, _fs.Active.Count - block.ActiveAtEntry);
    }

    /// <summary>Brings a new local into scope; the caller assigns its value right after.</summary>
    private Operand DeclareLocal(string name, int line, bool emitDeclaration = true)
    {
        if (_fs.Active.Count >= MaxLocals)
            throw LimitError(line, MaxLocals, "local variables");
        int id = _fs.Locals.Count;
        _fs.Locals.Add(new LocalVarInfo(name, _fs.Code.Count));
        _fs.Active.Add((name, id));
        if (emitDeclaration) Emit(new DeclareLocalInstr(line, id));
        return Operand.Local(id, $"local '{name}'");
    }

    private BuildException LimitError(int line, int limit, string what)
        => new(line, _fs.IsMain
            ? $"main function has more than {limit} {what}"
            : $"function at line {_fs.Body.Line} has more than {limit} {what}");

    private static int FindActive(FunctionState fs, string name)
    {
        for (int i = fs.Active.Count - 1; i >= 0; i--)
            if (fs.Active[i].Name == name) return fs.Active[i].Id;
        return -1;
    }

    /// <summary>The upvalue index of <paramref name="name"/> in <paramref name="fs"/>, creating the chain of upvalues through enclosing functions; -1 for a global.</summary>
    private int ResolveUpvalue(FunctionState fs, string name, int line)
    {
        for (int i = 0; i < fs.Upvalues.Count; i++)
            if (fs.Upvalues[i].Name == name) return i;
        if (fs.Parent is not { } parent) return -1;
        UpvalueDesc desc;
        int local = FindActive(parent, name);
        if (local >= 0)
        {
            parent.Locals[local].Captured = true;
            desc = new UpvalueDesc(name, true, local);
        }
        else
        {
            int up = ResolveUpvalue(parent, name, line);
            if (up < 0) return -1;
            desc = new UpvalueDesc(name, false, up);
        }
        if (fs.Upvalues.Count >= MaxUpvalues)
            throw new BuildException(line, $"function at line {fs.Body.Line} has more than {MaxUpvalues} upvalues");
        fs.Upvalues.Add(desc);
        return fs.Upvalues.Count - 1;
    }

    private enum VarKind { Local, Upvalue, Global }

    private (VarKind Kind, int Index) Resolve(string name, int line)
    {
        int local = FindActive(_fs, name);
        if (local >= 0) return (VarKind.Local, local);
        int up = ResolveUpvalue(_fs, name, line);
        return up >= 0 ? (VarKind.Upvalue, up) : (VarKind.Global, StringConstant(name));
    }

    private int AddSite(int line, string? desc)
    {
        // desc is "kind 'name'": the call site records both for messages such as "bad argument #1 to 'name'".
        string? kind = null, name = null;
        if (desc is not null)
        {
            int q = desc.IndexOf(' ');
            kind = desc[..q];
            name = desc[(q + 2)..^1];
        }
        _fs.Sites.Add(new CallSiteInfo(line, kind, name));
        return _fs.Sites.Count - 1;
    }
}

/// <summary>A 5.1 compile-time limit was exceeded; reported like a syntax error without a 'near' token.</summary>
public sealed class BuildException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
