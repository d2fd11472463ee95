namespace LuaIL.Runtime;

/// <summary>A Lua table. CONTRACT ONLY: being written (array part + 5.1 node-layout hash part).</summary>
public sealed partial class LuaTable
{
    public LuaTable() { }
    public LuaTable(int arrayCapacity, int hashCapacity) { }
    public LuaTable? Metatable { get; set; }
    public LuaValue RawGet(LuaValue key) => throw new NotImplementedException();
    public LuaValue RawGet(LuaString key) => throw new NotImplementedException();
    public LuaValue RawGet(int key) => throw new NotImplementedException();
    /// <summary>Raw store; the caller has rejected nil and NaN keys. Storing nil removes the entry.</summary>
    public void RawSet(LuaValue key, LuaValue value) => throw new NotImplementedException();
    public void RawSet(LuaString key, LuaValue value) => throw new NotImplementedException();
    public void RawSet(int key, LuaValue value) => throw new NotImplementedException();
    /// <summary>The border <c>#t</c> as 5.1's <c>luaH_getn</c> finds it.</summary>
    public int Length => throw new NotImplementedException();
    /// <summary>5.1's <c>next</c>: the entry after <paramref name="key"/> (nil = first); false at the end; throws for a key not in the table.</summary>
    public bool Next(ref LuaValue key, out LuaValue value) => throw new NotImplementedException();
}
