namespace LuaIL.Compiler.Prototypes;

/// <summary>Where an instruction reads or writes a value.</summary>
public enum OperandKind
{
    /// <summary>A declared local (index into <see cref="CompilationProto.Locals"/>): an IL local, or a cell when captured.</summary>
    Local,
    /// <summary>A temporary register (stack-allocated, index below <see cref="CompilationProto.TempCount"/>).</summary>
    Temp,
    /// <summary>An upvalue (index into <see cref="CompilationProto.Upvalues"/>).</summary>
    Upvalue,
    /// <summary>A constant (index into <see cref="CompilationProto.Constants"/>).</summary>
    Constant,
    Nil,
    True,
    False,
}

/// <summary>An instruction operand, with the name 5.1's <c>getobjname</c> would give the value in error messages.</summary>
/// <param name="Desc">e.g. <c>local 'x'</c>, <c>global 'x'</c>, <c>field 'y'</c>; null when the value has no name.</param>
public readonly record struct Operand(OperandKind Kind, int Index, string? Desc = null)
{
    public static readonly Operand Nil = new(OperandKind.Nil, 0);
    public static readonly Operand True = new(OperandKind.True, 0);
    public static readonly Operand False = new(OperandKind.False, 0);

    public static Operand Local(int index, string? desc) => new(OperandKind.Local, index, desc);
    public static Operand Temp(int index, string? desc = null) => new(OperandKind.Temp, index, desc);
    public static Operand Upvalue(int index, string? desc) => new(OperandKind.Upvalue, index, desc);
    public static Operand Constant(int index) => new(OperandKind.Constant, index);

    /// <summary>The same place with another name for messages.</summary>
    public Operand WithDesc(string? desc) => this with { Desc = desc };

    /// <summary>True when both name the same place, whatever their descriptions.</summary>
    public bool SamePlace(Operand other) => Kind == other.Kind && Index == other.Index;

    /// <summary>True when the value cannot change between evaluation and use (so no copy is needed).</summary>
    public bool IsImmutable => Kind is OperandKind.Constant or OperandKind.Nil or OperandKind.True or OperandKind.False;

    public override string ToString() => Kind switch
    {
        OperandKind.Local => $"L{Index}",
        OperandKind.Temp => $"T{Index}",
        OperandKind.Upvalue => $"U{Index}",
        OperandKind.Constant => $"K{Index}",
        OperandKind.Nil => "nil",
        OperandKind.True => "true",
        _ => "false",
    };
}

/// <summary>A jump target inside one prototype.</summary>
public readonly record struct Label(int Id)
{
    public override string ToString() => $"@{Id}";
}
