namespace LuaIL.Runtime.Redis;

// Redis Functions (functions.c, function_lua.c): FUNCTION LOAD/DELETE/FLUSH and FCALL/FCALL_RO.
public sealed partial class RedisScriptEngine
{
    private FunctionVm _functions;

    /// <summary>The function state: one Lua VM for every library, whose global lookups go to the load API while a library loads and to the full sandbox while a function runs.</summary>
    private sealed class FunctionVm
    {
        public readonly LuaState L;
        public readonly RedisLibrary Library;
        public readonly LuaTable RunGlobals;
        public readonly LuaTable LoadGlobals;
        public readonly LuaTable EnvMeta;
        public readonly Dictionary<string, RegisteredFunction> Functions = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<string>> Libraries = new(StringComparer.Ordinal);
        public Dictionary<string, RegisteredFunction>? Loading;

        public FunctionVm(RedisScriptEngine engine)
        {
            Library = new RedisLibrary(engine._host);
            // The state's own globals are the sandbox scripts see while they run.
            L = RedisSandbox.CreateState(engine._loader, Library.CreateTable(), engine._random);
            RunGlobals = L.Globals;
            RedisSandbox.Protect(L);
            // What library code sees while it loads: the sandbox, but a redis table holding only the load API.
            LoadGlobals = new LuaTable();
            var loadRedis = Library.CreateLoadTable(Register);
            var key = LuaValue.Nil;
            while (RunGlobals.Next(ref key, out var value)) LoadGlobals.RawSet(key, value);
            LoadGlobals.RawSet(LuaString.Intern("redis"), new LuaValue(loadRedis));
            var errorMeta = RunGlobals.Metatable;
            loadRedis.Metatable = errorMeta;
            LoadGlobals.Metatable = errorMeta;
            RedisSandbox.ProtectRecursively(LoadGlobals);
            EnvMeta = new LuaTable();
        }

        /// <summary>The environment of library code: empty, read-only, its <c>__index</c> switched between the load and run globals.</summary>
        public LuaTable NewEnvironment()
        {
            var env = new LuaTable { Metatable = EnvMeta, IsReadOnly = true };
            return env;
        }

        public void UseGlobals(LuaTable globals)
        {
            EnvMeta.IsReadOnly = false;
            EnvMeta.RawSet(LuaMetaNames.Get(LuaMetaEvent.Index), new LuaValue(globals));
            EnvMeta.IsReadOnly = true;
        }

        // redis.register_function(name, fn) or redis.register_function{function_name=, callback=, flags=, description=}.
        private LuaValue Register(LuaState L, ReadOnlySpan<LuaValue> args)
        {
            var loading = Loading ?? throw RedisErrors.ErrTable("redis.register_function can only be called on FUNCTION LOAD command");
            if (args.Length < 1 || args.Length > 2) throw RedisErrors.ErrTable("wrong number of arguments to redis.register_function");
            string name;
            LuaFunction callback;
            var flags = RedisScriptFlags.None;
            if (args.Length == 2)
            {
                name = (LuaConvert.ToLuaString(args[0]) ?? throw RedisErrors.ErrTable("first argument to redis.register_function must be a string")).ToString();
                callback = args[1].AsFunction ?? throw RedisErrors.ErrTable("second argument to redis.register_function must be a function");
            }
            else
            {
                if (args[0].Obj is not LuaTable t)
                    throw RedisErrors.ErrTable("calling redis.register_function with a single argument is only applicable to Lua table (representing named arguments).");
                string? n = null;
                LuaFunction? cb = null;
                var k = LuaValue.Nil;
                while (t.Next(ref k, out var v))
                {
                    var ks = LuaConvert.ToLuaString(k) ?? throw RedisErrors.ErrTable("named argument key given to redis.register_function is not a string");
                    switch (ks.ToString().ToLowerInvariant())
                    {
                        case "function_name":
                            n = (LuaConvert.ToLuaString(v) ?? throw RedisErrors.ErrTable("function_name argument given to redis.register_function must be a string")).ToString();
                            break;
                        case "description":
                            if (LuaConvert.ToLuaString(v) is null) throw RedisErrors.ErrTable("description argument given to redis.register_function must be a string");
                            break;
                        case "callback":
                            cb = v.AsFunction ?? throw RedisErrors.ErrTable("callback argument given to redis.register_function must be a function");
                            break;
                        case "flags":
                            if (v.Obj is not LuaTable ft) throw RedisErrors.ErrTable("flags argument to redis.register_function must be a table representing function flags");
                            var names = new List<string>();
                            for (int i = 1; !ft.RawGet(i).IsNil; i++)
                                names.Add((LuaConvert.ToLuaString(ft.RawGet(i)) ?? throw RedisErrors.ErrTable("unknown flag given")).ToString());
                            if (!RedisShebang.TryParseFlags(names, ignoreCase: true, out flags, out _)) throw RedisErrors.ErrTable("unknown flag given");
                            break;
                        default:
                            throw RedisErrors.ErrTable("unknown argument given to redis.register_function");
                    }
                }
                name = n ?? throw RedisErrors.ErrTable("redis.register_function must get a function name argument");
                callback = cb ?? throw RedisErrors.ErrTable("redis.register_function must get a callback argument");
            }
            if (!IsValidName(name))
                throw RedisErrors.ErrTable("Library names can only contain letters, numbers, or underscores(_) and must be at least one character long");
            if (loading.ContainsKey(name)) throw RedisErrors.ErrTable("Function already exists in the library");
            loading[name] = new RegisteredFunction(name, callback, flags);
            return L.Return0();
        }
    }

    private sealed record RegisteredFunction(string Name, LuaFunction Callback, RedisScriptFlags Flags);

    internal static bool IsValidName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>FUNCTION LOAD [REPLACE] code: runs the library's code so it registers its functions; returns the library name.</summary>
    public RedisReply FunctionLoad(ReadOnlySpan<byte> code, bool replace)
    {
        var vm = _functions;
        if (!TryParseLibraryHeader(code, out var engineName, out var libName, out int headerLength, out var metaError)) return RedisReply.Error("ERR " + metaError);
        if (!IsValidName(libName!)) return RedisReply.Error("ERR Library names can only contain letters, numbers, or underscores(_) and must be at least one character long");
        if (!string.Equals(engineName, "lua", StringComparison.OrdinalIgnoreCase)) return RedisReply.Error($"ERR Engine '{engineName}' not found");
        if (vm.Libraries.ContainsKey(libName!) && !replace) return RedisReply.Error($"ERR Library '{libName}' already exists");
        var registered = new Dictionary<string, RegisteredFunction>(StringComparer.Ordinal);
        var env = vm.NewEnvironment();
        LuaFunction chunk;
        try
        {
            chunk = _loader.Load(vm.L, code[headerLength..], "@user_function", env);
        }
        catch (LuaException e)
        {
            return RedisConvert.ErrorReplyFromTable(LuaString.Concat(LuaString.FromLatin1("ERR Error compiling function: "), LuaConvert.ToDisplayLuaString(e.Value)));
        }
        vm.UseGlobals(vm.LoadGlobals);
        vm.Loading = registered;
        try
        {
            vm.L.Depth = 0;
            chunk.Invoke(vm.L);
        }
        catch (LuaException e)
        {
            var msg = e.Value.Obj is LuaTable t && t.RawGet(RedisConvert.ErrKey).Obj is LuaString s ? s
                : LuaString.Concat(LuaString.FromLatin1("ERR "), LuaConvert.ToDisplayLuaString(e.Value));
            return RedisConvert.ErrorReplyFromTable(LuaString.Concat(LuaString.FromLatin1("ERR Error registering functions: "), msg));
        }
        finally
        {
            vm.Loading = null;
            vm.UseGlobals(vm.RunGlobals);
            vm.L.Depth = 0;
            vm.L.Top = 0;
        }
        if (registered.Count == 0) return RedisReply.Error("ERR No functions registered");
        vm.Libraries.TryGetValue(libName!, out var old);
        foreach (var f in registered.Keys)
            if (vm.Functions.ContainsKey(f) && (old is null || !old.Contains(f))) return RedisReply.Error($"ERR Function {f} already exists");
        if (old is not null) foreach (var f in old) vm.Functions.Remove(f);
        foreach (var (n, f) in registered) vm.Functions[n] = f;
        vm.Libraries[libName!] = [.. registered.Keys];
        return RedisReply.Bulk(libName!);
    }

    // functionExtractLibMetaData: "#!<engine> name=<lib>" on the first line.
    private static bool TryParseLibraryHeader(ReadOnlySpan<byte> code, out string? engine, out string? name, out int length, out string? error)
    {
        engine = name = null;
        length = 0;
        error = "Missing library metadata";
        if (!code.StartsWith("#!"u8)) return false;
        int nl = code.IndexOf((byte)'\n');
        if (nl < 0) return false;
        error = "Invalid library metadata";
        var parts = RedisShebang.SplitArgs(code[..nl]);
        if (parts is null || parts.Count == 0) return false;
        engine = parts[0][2..];
        for (int i = 1; i < parts.Count; i++)
        {
            if (!parts[i].StartsWith("name=", StringComparison.OrdinalIgnoreCase) || name is not null) return false;
            name = parts[i][5..];
        }
        if (name is null) return false;
        length = nl;
        return true;
    }

    /// <summary>FCALL / FCALL_RO: runs a registered function with KEYS and ARGV as its two arguments.</summary>
    public void FCall(string name, ReadOnlySpan<LuaString> keys, ReadOnlySpan<LuaString> args, RedisReplyWriter output, bool readOnly = false, int clientProtocol = 2, object? hostState = null)
    {
        var vm = _functions;
        if (!vm.Functions.TryGetValue(name, out var f)) output.Write(RedisReply.Error("ERR Function not found"));
        else if ((f.Flags & RedisScriptFlags.NoWrites) == 0 && readOnly)
            output.Write(RedisReply.Error("ERR Can not execute a script with write flag using *_ro command."));
        else
        {
            _run.Reset(name, isFunction: true, f.Flags, readOnly, clientProtocol, hostState);
            Invoke(vm.L, vm.Library, f.Callback, name, [ToArray(keys), ToArray(args)], output);
        }
    }

    private RedisReply FunctionCommand(ReadOnlySpan<LuaString> argv)
    {
        string sub = argv.Length > 1 ? argv[1].ToString().ToUpperInvariant() : "";
        switch (sub)
        {
            case "LOAD":
            {
                bool replace = false;
                int i = 2;
                for (; i < argv.Length - 1; i++)
                {
                    if (argv[i].ToString().Equals("REPLACE", StringComparison.OrdinalIgnoreCase)) replace = true;
                    else return RedisReply.Error($"ERR Unknown option given: {argv[i]}");
                }
                if (i >= argv.Length) return RedisReply.Error("ERR Function code is missing");
                return FunctionLoad(argv[i].Span, replace);
            }
            case "DELETE" when argv.Length == 3:
            {
                var vm = _functions;
                if (!vm.Libraries.Remove(argv[2].ToString(), out var fs)) return RedisReply.Error("ERR Library not found");
                foreach (var f in fs) vm.Functions.Remove(f);
                return RedisReply.Ok;
            }
            case "FLUSH" when argv.Length <= 3:
                if (_running) throw new InvalidOperationException("FUNCTION FLUSH while a script runs");
                _functions = new FunctionVm(this);
                return RedisReply.Ok;
            case "KILL" when argv.Length == 2:
                return Kill(functionKill: true);
            default:
                return RedisReply.Error($"ERR unknown subcommand or wrong number of arguments for '{(argv.Length > 1 ? argv[1].ToString() : "")}'. Try FUNCTION HELP.");
        }
    }
}
