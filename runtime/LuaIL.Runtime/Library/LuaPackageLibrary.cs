using System.Text;

namespace LuaIL.Runtime;

/// <summary>Lua 5.1's <c>package</c> library (<c>loadlib.c</c>): <c>require</c>, <c>module</c>, <c>package.loaded/preload/path/cpath/loaders/seeall/loadlib</c>.</summary>
/// <remarks>
/// Lua modules load through <see cref="LuaState.ChunkLoader"/>. C modules cannot load, but the C
/// loaders still search <c>package.cpath</c>, so <c>module 'x' not found:</c> lists exactly the
/// lines 5.1 lists. As in 5.1, <c>require</c> and the loaders read <c>loaders</c>, <c>preload</c>,
/// <c>path</c> and <c>cpath</c> from the package table made here, even if the global is replaced.
/// </remarks>
public static class LuaPackageLibrary
{
    private const string DefaultPath = "./?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;"
        + "/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua";
    private const string DefaultCPath = "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;"
        + "/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";
    private const string DlMessage = "dynamic libraries not enabled; check your Lua installation";

    /// <summary>Marks a module whose loading is in progress (5.1's sentinel light userdata).</summary>
    private static readonly LuaUserData Sentinel = new(null);

    /// <summary>Opens <c>package</c>, <c>require</c> and <c>module</c>; call after the other libraries so <c>package.loaded</c> lists them.</summary>
    public static void Open(LuaState L)
    {
        var g = L.Globals;
        var package = new LuaTable(0, 2);
        LuaStandardLibrary.Register(package, "loadlib", (L, a) =>
        {
            var path = LuaArgs.CheckString(L, a, 1);
            LuaArgs.CheckString(L, a, 2);
            // What dlopen reports for a missing file; an existing library still cannot be loaded into .NET.
            var text = File.Exists(LuaOsLibrary.PathOf(path)) ? DlMessage : "cannot open shared object file: No such file or directory";
            return L.Return3(default, new LuaValue(LuaString.Concat(path, LuaString.FromLatin1(": " + text))), LuaValue.String("open"));
        });
        LuaStandardLibrary.Register(package, "seeall", Seeall);

        var loaders = new LuaTable(4, 0);
        loaders.RawSet(1, new LuaNativeFunction("?", (L, a) => PreloadLoader(L, a, package)));
        loaders.RawSet(2, new LuaNativeFunction("?", (L, a) => LuaLoader(L, a, package)));
        loaders.RawSet(3, new LuaNativeFunction("?", (L, a) => CLoader(L, a, package)));
        loaders.RawSet(4, new LuaNativeFunction("?", (L, a) => CRootLoader(L, a, package)));
        Set(package, "loaders", new LuaValue(loaders));
        Set(package, "path", LuaValue.String(PathFromEnvironment("LUA_PATH", DefaultPath)));
        Set(package, "cpath", LuaValue.String(PathFromEnvironment("LUA_CPATH", DefaultCPath)));
        Set(package, "config", LuaValue.String("/\n;\n?\n!\n-"));
        var loaded = new LuaTable();
        foreach (var name in new[] { "_G", "coroutine", "table", "io", "os", "string", "math", "debug" })
        {
            var lib = g.RawGet(LuaString.FromLatin1(name));
            if (lib.IsTable) Set(loaded, name, lib);
        }
        Set(loaded, "package", new LuaValue(package));
        Set(package, "loaded", new LuaValue(loaded));
        Set(package, "preload", new LuaValue(new LuaTable()));
        Set(g, "package", new LuaValue(package));

        LuaNativeFunction? require = null;
        require = new LuaNativeFunction("require", (L, a) => Require(L, a, package, loaded, require!));
        Set(g, "module", new LuaValue(new LuaNativeFunction("module", (L, a) => Module(L, a, loaded))));
        Set(g, "require", new LuaValue(require));
    }

    private static void Set(LuaTable t, string key, LuaValue v) => t.RawSet(LuaString.Intern(key), v);

    // LUA_PATH replaces the default, with ";;" standing for the default.
    private static string PathFromEnvironment(string variable, string def)
    {
        var path = Environment.GetEnvironmentVariable(variable);
        return path is null ? def : path.Replace(";;", ";\u0001;").Replace("\u0001", def);
    }

    private static LuaValue Require(LuaState L, ReadOnlySpan<LuaValue> args, LuaTable package, LuaTable loaded, LuaFunction self)
    {
        var name = LuaArgs.CheckString(L, args, 1);
        var nameValue = new LuaValue(name);
        var existing = LuaOps.IndexStr(L, new LuaValue(loaded), name, null, 0);
        if (existing.IsTruthy)
        {
            if (ReferenceEquals(existing.Obj, Sentinel)) throw LuaErrors.Error(L, 1, $"loop or previous error loading module '{name.ToLatin1()}'");
            return L.Return1(existing);
        }
        if (LuaOps.IndexStr(L, new LuaValue(package), LuaString.FromLatin1("loaders"), null, 0).Obj is not LuaTable loaders)
            throw LuaErrors.Error(L, 1, "'package.loaders' must be a table");
        int depth = L.Depth;
        var messages = new MemoryStream();
        LuaFunction? module = null;
        for (int i = 1; ; i++)
        {
            var loader = loaders.RawGet(i);
            if (loader.IsNil)
            {
                L.Depth = depth;
                throw LuaErrors.Error(L, 1, $"module '{name.ToLatin1()}' not found:{Encoding.Latin1.GetString(messages.ToArray())}");
            }
            // Loaders run inside require's frame: their luaL_errors carry no position, as in 5.1.
            L.EnterNative(self);
            var r = LuaOps.ToCallable(L, loader, null, 0).Invoke(L, nameValue);
            L.Depth = depth;
            if (L.NRet == 0) r = default;
            if (r.Obj is LuaFunction f)
            {
                module = f;
                break;
            }
            if (LuaConvert.ToLuaString(r) is { } s) messages.Write(s.Span);
        }
        loaded.RawSet(name, new LuaValue(Sentinel, 0));
        L.EnterNative(self);
        var result = module.Invoke(L, nameValue);
        L.Depth = depth;
        if (L.NRet > 0 && !result.IsNil) LuaOps.SetIndexStr(L, new LuaValue(loaded), name, result, null, 0);
        var value = LuaOps.IndexStr(L, new LuaValue(loaded), name, null, 0);
        if (ReferenceEquals(value.Obj, Sentinel))
        {
            value = LuaValue.True;
            LuaOps.SetIndexStr(L, new LuaValue(loaded), name, value, null, 0);
        }
        return L.Return1(value);
    }

    private static LuaValue PreloadLoader(LuaState L, ReadOnlySpan<LuaValue> args, LuaTable package)
    {
        var name = LuaArgs.CheckString(L, args, 1);
        if (LuaOps.IndexStr(L, new LuaValue(package), LuaString.FromLatin1("preload"), null, 0).Obj is not LuaTable preload)
            throw LuaErrors.Error(L, 1, "'package.preload' must be a table");
        var f = LuaOps.IndexStr(L, new LuaValue(preload), name, null, 0);
        return L.Return1(f.IsNil ? LuaValue.String($"\n\tno field package.preload['{name.ToLatin1()}']") : f);
    }

    /// <summary>5.1's <c>findfile</c>: the first readable file of the path templates with <c>?</c> replaced by the name (dots as slashes), or null with the "no file" lines.</summary>
    private static string? FindFile(LuaState L, string name, LuaTable package, string pathField, out string tried)
    {
        name = name.Replace('.', '/');
        var path = LuaConvert.ToLuaString(LuaOps.IndexStr(L, new LuaValue(package), LuaString.FromLatin1(pathField), null, 0))
            ?? throw LuaErrors.Error(L, 1, $"'package.{pathField}' must be a string");
        var sb = new StringBuilder();
        foreach (var template in path.ToLatin1().Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var filename = template.Replace("?", name);
            if (IsReadable(filename))
            {
                tried = sb.ToString();
                return filename;
            }
            sb.Append("\n\tno file '").Append(filename).Append('\'');
        }
        tried = sb.ToString();
        return null;
    }

    private static bool IsReadable(string latin1Name)
    {
        var path = LuaOsLibrary.PathOf(LuaString.FromLatin1(latin1Name));
        try
        {
            if (!File.Exists(path)) return false;
            using var _ = File.OpenRead(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static LuaValue LuaLoader(LuaState L, ReadOnlySpan<LuaValue> args, LuaTable package)
    {
        var name = LuaArgs.CheckString(L, args, 1).ToLatin1();
        var filename = FindFile(L, name, package, "path", out var tried);
        if (filename is null) return L.Return1(new LuaValue(LuaString.FromLatin1(tried)));
        if (!LuaBaseLibrary.TryLoadFile(L, LuaString.FromLatin1(filename), out var f, out var error))
            throw LoadError(L, name, filename, error);
        return L.Return1(new LuaValue(f));
    }

    private static LuaException LoadError(LuaState L, string name, string filename, LuaValue error)
        => LuaErrors.Error(L, 1, $"error loading module '{name}' from file '{filename}':\n\t{LuaConvert.ToLuaString(error)?.ToLatin1()}");

    // C modules cannot load in .NET: a found library is an error, as a failed dlopen is in 5.1.
    private static LuaValue CLoader(LuaState L, ReadOnlySpan<LuaValue> args, LuaTable package)
    {
        var name = LuaArgs.CheckString(L, args, 1).ToLatin1();
        var filename = FindFile(L, name, package, "cpath", out var tried);
        if (filename is null) return L.Return1(new LuaValue(LuaString.FromLatin1(tried)));
        throw LoadError(L, name, filename, LuaValue.String(DlMessage));
    }

    private static LuaValue CRootLoader(LuaState L, ReadOnlySpan<LuaValue> args, LuaTable package)
    {
        var name = LuaArgs.CheckString(L, args, 1).ToLatin1();
        int dot = name.IndexOf('.');
        if (dot < 0) return L.Return0();
        var filename = FindFile(L, name[..dot], package, "cpath", out var tried);
        if (filename is null) return L.Return1(new LuaValue(LuaString.FromLatin1(tried)));
        throw LoadError(L, name, filename, LuaValue.String(DlMessage));
    }

    private static LuaValue Seeall(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var t = LuaArgs.CheckTable(L, args, 1);
        var mt = t.Metatable;
        if (mt is null)
        {
            mt = new LuaTable(0, 1);
            t.Metatable = mt;
        }
        mt.RawSet(LuaMetaNames.Get(LuaMetaEvent.Index), new LuaValue(LuaBaseLibrary.ThreadGlobals(L)));
        return L.Return0();
    }

    // module(name, ...): finds or creates the module table (also as a global path a.b.c), initialises
    // _M/_NAME/_PACKAGE once, makes it the caller's environment, then applies each option to it.
    private static LuaValue Module(LuaState L, ReadOnlySpan<LuaValue> args, LuaTable loaded)
    {
        var modname = LuaArgs.CheckString(L, args, 1);
        var name = modname.ToLatin1();
        var module = LuaOps.IndexStr(L, new LuaValue(loaded), modname, null, 0);
        if (!module.IsTable)
        {
            module = FindTable(L, LuaBaseLibrary.ThreadGlobals(L), name)
                ?? throw LuaErrors.Error(L, 1, $"name conflict for module '{name}'");
            LuaOps.SetIndexStr(L, new LuaValue(loaded), modname, module, null, 0);
        }
        if (LuaOps.IndexStr(L, module, LuaString.FromLatin1("_NAME"), null, 0).IsNil)
        {
            int dot = name.LastIndexOf('.');
            LuaOps.SetIndexStr(L, module, LuaString.FromLatin1("_M"), module, null, 0);
            LuaOps.SetIndexStr(L, module, LuaString.FromLatin1("_NAME"), new LuaValue(modname), null, 0);
            LuaOps.SetIndexStr(L, module, LuaString.FromLatin1("_PACKAGE"), new LuaValue(LuaString.FromLatin1(name[..(dot + 1)])), null, 0);
        }
        if (L.Depth < 1 || L.Frames[L.Depth].Function is not LuaClosure caller)
            throw LuaErrors.Error(L, 1, "'module' not called from a Lua function");
        caller.Env = (LuaTable)module.Obj!;
        int depth = L.Depth;
        for (int i = 2; i <= args.Length; i++)
        {
            LuaOps.ToCallable(L, args[i - 1], null, 0).Invoke(L, module);
            L.Depth = depth;
        }
        return L.Return0();
    }

    /// <summary>5.1's <c>luaL_findtable</c>: walks (creating) the tables along a dotted path; null when a part holds a non-table.</summary>
    private static LuaValue? FindTable(LuaState L, LuaTable root, string path)
    {
        var t = new LuaValue(root);
        var parts = path.Split('.');
        for (int i = 0; i < parts.Length; i++)
        {
            var key = LuaString.FromLatin1(parts[i]);
            var v = ((LuaTable)t.Obj!).RawGet(key);
            if (v.IsNil)
            {
                v = new LuaValue(new LuaTable(0, 1));
                LuaOps.SetIndexStr(L, t, key, v, null, 0);
            }
            else if (!v.IsTable)
            {
                return null;
            }
            t = v;
        }
        return t;
    }
}
