namespace LuaIL.Runtime;

/// <summary>A captured local: the one shared box that a declaring function and its closures read and write.</summary>
/// <remarks>Locals that no closure captures never get a cell; they stay IL locals.</remarks>
public sealed class LuaCell
{
    public LuaValue Value;

    public LuaCell() { }
    public LuaCell(LuaValue value) => Value = value;
}
