namespace LuaIL.Runtime.Redis;

/// <summary>Builds a Lua state shaped like Redis 7.0's scripting VM: its globals, its library members, global protection and read-only tables.</summary>
public static class RedisSandbox
{
    /// <summary>The globals of Redis 7.0.15 as Debian ships it (getfenv, setfenv and newproxy removed by the CVE-2025-46818 backport).</summary>
    public static readonly string[] Globals =
    [
        "_G", "_VERSION", "assert", "bit", "cjson", "cmsgpack", "collectgarbage", "coroutine", "error", "gcinfo",
        "getmetatable", "ipairs", "load", "loadstring", "math", "next", "pairs", "pcall", "rawequal", "rawget", "rawset",
        "redis", "select", "setmetatable", "string", "struct", "table", "tonumber", "tostring", "type", "unpack", "xpcall",
        "__redis__err__handler",
    ];

    private static readonly Dictionary<string, string[]> LibraryMembers = new()
    {
        ["string"] = ["byte", "char", "dump", "find", "format", "gfind", "gmatch", "gsub", "len", "lower", "match", "rep", "reverse", "sub", "upper"],
        ["table"] = ["concat", "foreach", "foreachi", "getn", "insert", "maxn", "remove", "setn", "sort"],
        ["math"] = ["abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "cosh", "deg", "exp", "floor", "fmod", "frexp", "huge", "ldexp",
            "log", "log10", "max", "min", "mod", "modf", "pi", "pow", "rad", "random", "randomseed", "sin", "sinh", "sqrt", "tan", "tanh"],
        ["coroutine"] = ["create", "resume", "running", "status", "wrap", "yield"],
    };

    /// <summary>A fresh state with the standard libraries, Redis's extra libraries and <paramref name="redis"/> as the <c>redis</c> global, not yet protected.</summary>
    public static LuaState CreateState(ILuaChunkLoader loader, LuaTable redis, RedisRandom random)
    {
        var L = new LuaState { ChunkLoader = loader };
        LuaStandardLibrary.OpenAll(L);
        BitLibrary.Open(L);
        StructLibrary.Open(L);
        CJsonLibrary.Open(L);
        CMsgPackLibrary.Open(L);
        var g = L.Globals;
        var allowed = new HashSet<string>(Globals, StringComparer.Ordinal);
        var key = LuaValue.Nil;
        var remove = new List<LuaValue>();
        while (g.Next(ref key, out _))
            if (key.Obj is not LuaString s || !allowed.Contains(s.ToString())) remove.Add(key);
        foreach (var k in remove) g.RawSet(k, default);
        foreach (var (lib, members) in LibraryMembers)
        {
            if (g.RawGet(LuaString.FromLatin1(lib)).Obj is not LuaTable t) continue;
            var keep = new HashSet<string>(members, StringComparer.Ordinal);
            var drop = new List<LuaValue>();
            var mk = LuaValue.Nil;
            while (t.Next(ref mk, out _))
                if (mk.Obj is not LuaString ms || !keep.Contains(ms.ToString())) drop.Add(mk);
            foreach (var k in drop) t.RawSet(k, default);
        }
        if (g.RawGet(LuaString.FromLatin1("math")).Obj is LuaTable math) random.Register(math);
        g.RawSet(LuaString.Intern("redis"), new LuaValue(redis));
        InstallProtectedWrappers(g);
        return L;
    }

    /// <summary>Locks the state as <c>scriptingInit</c> ends: the nonexistent-global error on <c>_G</c>, then every table reachable from it (and the string metatable) read-only.</summary>
    public static void Protect(LuaState L)
    {
        var mt = new LuaTable();
        mt.RawSet(LuaMetaNames.Get(LuaMetaEvent.Index), new LuaValue(NonexistentGlobal.Instance));
        L.Globals.Metatable = mt;
        ProtectRecursively(L.Globals);
        if (L.StringMetatable is { } smt) ProtectRecursively(smt);
    }

    /// <summary><c>luaSetTableProtectionRecursively</c>: a table, the tables it holds as values, and its metatable.</summary>
    public static void ProtectRecursively(LuaTable t)
    {
        if (t.IsReadOnly) return;
        t.IsReadOnly = true;
        var k = LuaValue.Nil;
        while (t.Next(ref k, out var v))
            if (v.Obj is LuaTable child) ProtectRecursively(child);
        if (t.Metatable is { } mt) ProtectRecursively(mt);
    }

    // Redis's lapi.c refuses lua_rawset/lua_rawseti/lua_setmetatable on read-only tables: the
    // functions that use them get a check in front (raised from C, so without a position).
    private static void InstallProtectedWrappers(LuaTable g)
    {
        Wrap(g, "rawset", 1);
        Wrap(g, "setmetatable", 1);
        if (g.RawGet(LuaString.FromLatin1("table")).Obj is LuaTable table)
        {
            Wrap(table, "insert", 1);
            Wrap(table, "remove", 1);
            Wrap(table, "sort", 1);
        }
        var pcallName = LuaString.FromLatin1("pcall");
        if (g.RawGet(pcallName).Obj is LuaFunction pcall) g.RawSet(pcallName, new LuaValue(new RedisPcall(pcall)));
    }

    private static void Wrap(LuaTable lib, string name, int tableArg)
    {
        var key = LuaString.FromLatin1(name);
        if (lib.RawGet(key).Obj is not LuaFunction inner) return;
        lib.RawSet(key, new LuaValue(new ReadOnlyCheck(inner, tableArg)));
    }

    /// <summary>Raises <c>Attempt to modify a readonly table</c> before the wrapped function writes into a read-only table argument.</summary>
    private sealed class ReadOnlyCheck(LuaFunction inner, int tableArg) : LuaFunction
    {
        public override string Name => inner.Name;

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args)
        {
            if (LuaArgs.Arg(args, tableArg).Obj is LuaTable { IsReadOnly: true })
            {
                // table.sort of fewer than two elements writes nothing in 5.1.
                if (inner.Name != "sort" || ((LuaTable)args[tableArg - 1].Obj!).Length > 1)
                    throw new LuaException(LuaOps.ReadOnlyTableMessage);
            }
            return inner.Invoke(L, args);
        }
    }

    /// <summary>Redis's <c>pcall</c> (<c>luaRedisPcall</c>): an error table with a string <c>err</c> field comes back as that string.</summary>
    private sealed class RedisPcall(LuaFunction inner) : LuaFunction
    {
        public override string Name => "pcall";

        public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args)
        {
            var first = inner.Invoke(L, args);
            if (L.NRet >= 2 && !first.IsTruthy && L.Ret[1].Obj is LuaTable t)
            {
                var err = t.RawGet(RedisConvert.ErrKey);
                if (err.IsString || err.IsNumber) L.Ret[1] = err;
            }
            return first;
        }
    }

    /// <summary>The <c>__index</c> of the globals: <c>Script attempted to access nonexistent global variable 'x'</c>.</summary>
    private sealed class NonexistentGlobal : LuaIndexHandler
    {
        public static readonly NonexistentGlobal Instance = new();

        public override string Name => "?";

        public override LuaValue Index(LuaState L, LuaValue obj, LuaValue key, int line)
        {
            if (LuaConvert.ToLuaString(key) is not { } name)
                throw RedisErrors.At(L, line, LuaString.FromLatin1("Second argument to luaProtectedTableError must be a string or number"));
            var msg = LuaString.Concat(LuaString.FromLatin1("Script attempted to access nonexistent global variable '"),
                LuaString.Concat(name, LuaString.FromLatin1("'")));
            throw RedisErrors.At(L, line, msg);
        }
    }
}

/// <summary>Raising Lua errors whose messages are bytes, positioned as 5.1 positions them.</summary>
internal static class RedisErrors
{
    /// <summary>An error at <paramref name="line"/> of the innermost Lua function (<c>luaL_error</c> from a metamethod), or at its current call site when the line is unknown.</summary>
    public static LuaException At(LuaState L, int line, LuaString message)
    {
        if (line > 0 && L.Depth >= 1 && L.Depth < L.Frames.Length && L.Frames[L.Depth].Function is LuaClosure c)
        {
            L.NoteErrorLine(line);
            return new LuaException(new LuaValue(LuaString.Concat(LuaString.FromLatin1($"{c.Info.ShortSource}:{line}: "), message)));
        }
        return new LuaException(new LuaValue(LuaString.Concat(LuaString.FromLatin1(L.Where(1)), message)));
    }

    /// <summary>Redis's <c>luaPushError</c> + <c>lua_error</c>: raises <c>{err="ERR msg"}</c>.</summary>
    public static LuaException ErrTable(string message) => new(new LuaValue(RedisConvert.ErrorTable(message)));
}

/// <summary>Redis's Lua refuses precompiled chunks in the parser (<c>f_parser</c> without the undump branch): a chunk starting with ESC is a syntax error, whatever the host's loader supports.</summary>
public sealed class RedisChunkLoader(ILuaChunkLoader inner) : ILuaChunkLoader
{
    public LuaFunction Load(LuaState L, ReadOnlySpan<byte> source, string chunkName, LuaTable env)
    {
        // The lexer's first token is the lone character 27: the parser's first statement rejects it.
        if (source.Length > 0 && source[0] == 0x1b)
            throw new LuaException(new LuaValue(LuaString.FromLatin1($"{LuaChunkId.Format(chunkName)}:1: unexpected symbol near 'char(27)'")));
        return inner.Load(L, source, chunkName, env);
    }

    public ILuaChunkLoader CreateGroup() => new RedisChunkLoader(inner.CreateGroup());
}
