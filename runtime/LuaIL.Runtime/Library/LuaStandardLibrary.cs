namespace LuaIL.Runtime;

/// <summary>Opens the standard libraries into a state, and the registration helper the libraries share (5.1's <c>luaL_register</c>).</summary>
public static class LuaStandardLibrary
{
    /// <summary>Opens every library that exists: base for now; also installs the string metatable.</summary>
    public static void OpenAll(LuaState L)
    {
        LuaBaseLibrary.Open(L);
        LuaCoroutineLibrary.Open(L);
        LuaStringLibrary.Open(L);
        LuaTableLibrary.Open(L);
        LuaMathLibrary.Open(L);
        LuaOsLibrary.Open(L);
        LuaIoLibrary.Open(L);
        LuaBaseLibrary.OpenLoadAndEnv(L);
        // The string library fills __index later; the metatable must exist for s:method() lookups.
        if (L.StringMetatable is null)
        {
            var mt = new LuaTable();
            mt.RawSet(LuaMetaNames.Get(LuaMetaEvent.Index), new LuaTable());
            L.StringMetatable = mt;
        }
        // Last: package.loaded lists the libraries opened before it.
        LuaPackageLibrary.Open(L);
    }

    /// <summary>Stores a native function under <paramref name="name"/> in <paramref name="table"/> and returns it.</summary>
    public static LuaNativeFunction Register(LuaTable table, string name, LuaNativeFunction.Body body)
    {
        var f = new LuaNativeFunction(name, body);
        table.RawSet(LuaString.Intern(name), new LuaValue(f));
        return f;
    }
}
