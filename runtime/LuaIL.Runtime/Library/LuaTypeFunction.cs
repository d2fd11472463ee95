namespace LuaIL.Runtime;

/// <summary><c>type</c>: a call with one argument is answered without the general native-call path.</summary>
/// <remarks>
/// Through <see cref="LuaNativeFunction"/> a call packed its argument into a span and went through a
/// delegate: json's encoder asks <c>type(v)</c> of every value it writes. Any other argument count
/// takes the general path, so 5.1's <c>bad argument #1 to 'type' (value expected)</c> is unchanged.
/// </remarks>
internal sealed class LuaTypeFunction(LuaNativeFunction.Body general) : LuaFunction
{
    public override string Name => "type";

    public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => general(L, args);

    public override LuaValue Invoke(LuaState L, LuaValue a) => L.Return1(new LuaValue(LuaBaseLibrary.TypeNames[(int)a.Type]));
}
