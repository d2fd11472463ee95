using LuaIL.Runtime;

namespace LuaIL.Compiler.Prototypes;

/// <summary>The compiler's IR for one Lua function: immutable once the builder hands it over.</summary>
/// <remarks>
/// Invariants: every operand index is in range of its table; <see cref="Locals"/> has one entry
/// per declaration (a local declared in a loop body is one entry executed many times); a local is
/// <see cref="LocalVarInfo.Captured"/> exactly when some child's upvalue names it; every label an
/// instruction jumps to is placed exactly once; the code ends with a <see cref="ReturnInstr"/>.
/// </remarks>
public sealed class CompilationProto
{
    public required string ChunkName { get; init; }
    public string? Name { get; init; }
    public required int LineDefined { get; init; }
    public required int LastLineDefined { get; init; }
    public required int ParameterCount { get; init; }
    public required bool IsVararg { get; init; }

    /// <summary>5.1's LUA_COMPAT_VARARG: a vararg function that never says <c>...</c> gets a local <c>arg</c> table (its first local after the parameters).</summary>
    public required bool NeedsArgTable { get; init; }

    public required IReadOnlyList<LuaConstant> Constants { get; init; }
    public required IReadOnlyList<LocalVarInfo> Locals { get; init; }
    public required IReadOnlyList<UpvalueDesc> Upvalues { get; init; }
    public required IReadOnlyList<CompilationProto> Children { get; init; }
    public required IReadOnlyList<CallSiteInfo> Sites { get; init; }
    public required int TempCount { get; init; }
    public required int LabelCount { get; init; }
    public required IReadOnlyList<Instr> Code { get; init; }

    /// <summary>Read from a binary chunk: the lowering creates every captured local's cell on entry, since the code was not built by our builder.</summary>
    public bool FromBinary { get; init; }

    /// <summary>The runtime's view of this prototype, for errors and tracebacks.</summary>
    public LuaProtoInfo ToInfo() => new(ChunkName, Name, LineDefined, LastLineDefined, CallSiteInfo.Encode(Sites));
}

/// <summary>A constant: a number or a string (bytes).</summary>
public readonly record struct LuaConstant(double Number, byte[]? String)
{
    public bool IsString => String is not null;

    public override string ToString() => String is null
        ? LuaConvert.NumberToString(Number)
        : Quote(String);

    private static string Quote(byte[] s)
    {
        var sb = new System.Text.StringBuilder("\"");
        foreach (var b in s)
        {
            if (b == '"' || b == '\\') sb.Append('\\').Append((char)b);
            else if (b >= 32 && b < 127) sb.Append((char)b);
            else sb.Append('\\').Append(b);
        }
        return sb.Append('"').ToString();
    }
}

/// <summary>A declared local: its name, whether a closure captures it, and its scope in instruction indices.</summary>
public sealed class LocalVarInfo(string name, int startPc)
{
    public string Name { get; } = name;
    public bool Captured { get; internal set; }
    public int StartPc { get; } = startPc;
    public int EndPc { get; internal set; }
}

/// <summary>Where a closure's upvalue comes from when the closure is created.</summary>
/// <param name="FromParentLocal">True: the parent's local <paramref name="Index"/>; false: the parent's upvalue <paramref name="Index"/>.</param>
public sealed record UpvalueDesc(string Name, bool FromParentLocal, int Index);
