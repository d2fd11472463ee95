using System.Diagnostics;
using System.Globalization;

namespace LuaIL.Runtime.Redis;

/// <summary>Options of a <see cref="RedisScriptEngine"/>.</summary>
/// <param name="MemoryLimitBytes">Per-run allocation budget (bytes the script's thread allocates while it runs; 0 = none): past it the script gets Lua's <c>not enough memory</c>.</param>
/// <param name="BusyReplyThresholdMs">After this long a run counts as busy (<see cref="RedisScriptEngine.IsBusy"/>), when a server answers other clients <c>BUSY</c>.</param>
public sealed record RedisEngineOptions(long MemoryLimitBytes = 0, int BusyReplyThresholdMs = 5000);

/// <summary>
/// Redis 7.0's scripting for a host: EVAL/EVALSHA(_RO) with a SHA1-keyed cache of compiled scripts,
/// SCRIPT LOAD/EXISTS/FLUSH/KILL, shebang flags, Redis Functions (FUNCTION LOAD, FCALL), and the
/// error replies clients see. Like Redis, it runs one script at a time: call it from one thread;
/// only <see cref="Kill"/> may come from another.
/// </summary>
public sealed partial class RedisScriptEngine : IDisposable
{
    private readonly ILuaChunkLoader _loader;
    private readonly IRedisHost _host;
    private readonly RedisEngineOptions _options;
    private readonly RedisRandom _random = new();
    private readonly RedisScriptRun _run = new();
    private readonly Timer? _watchdog;
    private EvalVm _eval;
    private long _allocatedAtStart;
    private volatile bool _killRequested;
    private volatile bool _running;
    private long _startTimestamp;
    private LuaState? _runningState;

    public RedisScriptEngine(ILuaChunkLoader loader, IRedisHost host, RedisEngineOptions? options = null)
    {
        _loader = new RedisChunkLoader(loader);
        _host = host;
        _options = options ?? new RedisEngineOptions();
        _eval = new EvalVm(this);
        _functions = new FunctionVm(this);
        if (_options.MemoryLimitBytes > 0) _watchdog = new Timer(_ => RequestCheck(), null, 10, 10);
    }

    /// <summary>True while a script or function runs.</summary>
    public bool IsRunning => _running;

    /// <summary>True once the running script has run longer than the busy threshold.</summary>
    public bool IsBusy => _running && Stopwatch.GetElapsedTime(_startTimestamp).TotalMilliseconds >= _options.BusyReplyThresholdMs;

    /// <summary>The scripts in the cache (EVAL and SCRIPT LOAD).</summary>
    public int CachedScriptCount => _eval.Scripts.Count;

    /// <summary>One EVAL state: Redis keeps one Lua VM for all scripts, recreated by SCRIPT FLUSH.</summary>
    private sealed class EvalVm
    {
        public readonly LuaState L;
        public readonly RedisLibrary Library;
        public readonly Dictionary<string, CachedScript> Scripts = new(StringComparer.Ordinal);
        public static readonly LuaString KeysName = LuaString.FromLatin1("KEYS"), ArgvName = LuaString.FromLatin1("ARGV");

        public EvalVm(RedisScriptEngine engine)
        {
            Library = new RedisLibrary(engine._host);
            L = RedisSandbox.CreateState(engine._loader, Library.CreateTable(), engine._random);
            L.Globals.RawSet(LuaString.FromLatin1("__redis__err__handler"), new LuaValue(ErrorHandlerFunction.Instance));
            RedisSandbox.Protect(L);
        }
    }

    private sealed record CachedScript(LuaFunction Function, RedisScriptFlags Flags);

    /// <summary>Runs a scripting command (EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, SCRIPT, FCALL, FCALL_RO, FUNCTION) as Redis 7.0 answers it.</summary>
    /// <param name="clientProtocol">2 or 3: the protocol of the calling client (HELLO).</param>
    /// <param name="hostState">Passed to the host in <see cref="RedisScriptRun.HostState"/> (the caller's client, say).</param>
    /// <returns>The reply for the client, already in its protocol; null when the command is not a scripting command.</returns>
    public RedisReply? Execute(ReadOnlySpan<LuaString> argv, int clientProtocol = 2, object? hostState = null)
    {
        if (argv.Length == 0) return null;
        string name = argv[0].ToString().ToUpperInvariant();
        switch (name)
        {
            case "EVAL":
            case "EVAL_RO":
            case "EVALSHA":
            case "EVALSHA_RO":
            {
                if (argv.Length < 3) return WrongArity(name);
                if (!TryParseNumKeys(argv[2], argv.Length - 3, out int numKeys, out var error)) return error;
                var keys = argv.Slice(3, numKeys);
                var args = argv[(3 + numKeys)..];
                bool ro = name.EndsWith("_RO", StringComparison.Ordinal);
                return name.StartsWith("EVALSHA", StringComparison.Ordinal)
                    ? EvalSha(argv[1].ToString(), keys, args, ro, clientProtocol, hostState)
                    : Eval(argv[1].Span, keys, args, ro, clientProtocol, hostState);
            }
            case "SCRIPT":
                return ScriptCommand(argv);
            case "FCALL":
            case "FCALL_RO":
            {
                if (argv.Length < 3) return WrongArity(name);
                if (!TryParseNumKeys(argv[2], argv.Length - 3, out int numKeys, out var error)) return error;
                return FCall(argv[1].ToString(), argv.Slice(3, numKeys), argv[(3 + numKeys)..], name == "FCALL_RO", clientProtocol, hostState);
            }
            case "FUNCTION":
                return FunctionCommand(argv);
            default:
                return null;
        }
    }

    private static RedisReply WrongArity(string command)
        => RedisReply.Error($"ERR wrong number of arguments for '{command.ToLowerInvariant()}' command");

    private static bool TryParseNumKeys(LuaString text, int available, out int numKeys, out RedisReply? error)
    {
        numKeys = 0;
        error = null;
        if (!long.TryParse(text.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) || text.Length == 0 || text.Span[0] == '+')
        {
            error = RedisReply.Error("ERR value is not an integer or out of range");
            return false;
        }
        if (n > available)
        {
            error = RedisReply.Error("ERR Number of keys can't be greater than number of args");
            return false;
        }
        if (n < 0)
        {
            error = RedisReply.Error("ERR Number of keys can't be negative");
            return false;
        }
        numKeys = (int)n;
        return true;
    }

    /// <summary>EVAL / EVAL_RO: compiles the body on first sight (cached by its SHA1) and runs it.</summary>
    public RedisReply Eval(ReadOnlySpan<byte> body, ReadOnlySpan<LuaString> keys, ReadOnlySpan<LuaString> args, bool readOnly = false, int clientProtocol = 2, object? hostState = null)
    {
        string sha = RedisLibrary.Sha1(body);
        if (!_eval.Scripts.TryGetValue(sha, out var script))
        {
            if (Compile(body, sha, out script) is { } error) return error;
        }
        return RunEval(script!, sha, keys, args, readOnly, clientProtocol, hostState);
    }

    /// <summary>EVALSHA / EVALSHA_RO: <c>NOSCRIPT No matching script. Please use EVAL.</c> unless the SHA1 (any case) is cached.</summary>
    public RedisReply EvalSha(string sha, ReadOnlySpan<LuaString> keys, ReadOnlySpan<LuaString> args, bool readOnly = false, int clientProtocol = 2, object? hostState = null)
    {
        if (sha.Length != 40 || !_eval.Scripts.TryGetValue(sha.ToLowerInvariant(), out var script)) return NoScript;
        return RunEval(script, sha.ToLowerInvariant(), keys, args, readOnly, clientProtocol, hostState);
    }

    private static readonly RedisReply NoScript = RedisReply.Error("NOSCRIPT No matching script. Please use EVAL.");

    /// <summary>SCRIPT LOAD: compiles and caches, returning the SHA1 (or the compile error).</summary>
    public RedisReply ScriptLoad(ReadOnlySpan<byte> body)
    {
        string sha = RedisLibrary.Sha1(body);
        if (!_eval.Scripts.ContainsKey(sha) && Compile(body, sha, out _) is { } error) return error;
        return RedisReply.Bulk(sha);
    }

    /// <summary>SCRIPT EXISTS for one SHA1 (lowercase only, as Redis's dictionary lookup).</summary>
    public bool ScriptExists(string sha) => _eval.Scripts.ContainsKey(sha);

    /// <summary>SCRIPT FLUSH: a new EVAL state; the old one, its scripts and their collectible assemblies become garbage.</summary>
    public void ScriptFlush()
    {
        if (_running) throw new InvalidOperationException("SCRIPT FLUSH while a script runs");
        _eval = new EvalVm(this);
    }

    private RedisReply ScriptCommand(ReadOnlySpan<LuaString> argv)
    {
        string sub = argv.Length > 1 ? argv[1].ToString().ToUpperInvariant() : "";
        switch (sub)
        {
            case "FLUSH" when argv.Length == 2 || (argv.Length == 3 && argv[2].ToString().ToUpperInvariant() is "SYNC" or "ASYNC"):
                ScriptFlush();
                return RedisReply.Ok;
            case "FLUSH":
                return RedisReply.Error("ERR SCRIPT FLUSH only support SYNC|ASYNC option");
            case "EXISTS" when argv.Length >= 3:
            {
                var items = new RedisReply[argv.Length - 2];
                for (int i = 2; i < argv.Length; i++) items[i - 2] = RedisReply.FromInteger(ScriptExists(argv[i].ToString()) ? 1 : 0);
                return RedisReply.Array(items);
            }
            case "LOAD" when argv.Length == 3:
                return ScriptLoad(argv[2].Span);
            case "KILL" when argv.Length == 2:
                return Kill(functionKill: false);
            default:
                return RedisReply.Error($"ERR unknown subcommand or wrong number of arguments for '{(argv.Length > 1 ? argv[1].ToString() : "")}'. Try SCRIPT HELP.");
        }
    }

    private RedisReply? Compile(ReadOnlySpan<byte> body, string sha, out CachedScript? script)
    {
        script = null;
        if (!RedisShebang.TryParseEval(body, out var flags, out int shebangLength, out var shebangError))
            return RedisReply.Error("ERR " + shebangError);
        var L = _eval.L;
        try
        {
            // The shebang line goes, its newline stays: line numbers do not move.
            var fn = _loader.Load(L, body[shebangLength..], "@user_script", L.Globals);
            script = new CachedScript(fn, flags);
            _eval.Scripts[sha] = script;
            return null;
        }
        catch (LuaException e)
        {
            var msg = LuaConvert.ToLuaString(e.Value) ?? LuaString.FromLatin1("unknown error");
            var text = LuaString.Concat(LuaString.FromLatin1("ERR Error compiling script (new function): "), msg);
            return RedisConvert.ErrorReplyFromTable(text);
        }
    }

    private RedisReply RunEval(CachedScript script, string sha, ReadOnlySpan<LuaString> keys, ReadOnlySpan<LuaString> args, bool readOnly, int clientProtocol, object? hostState)
    {
        if (PrepareError(script.Flags, readOnly) is { } refused) return refused;
        var vm = _eval;
        vm.L.Globals.RawSet(EvalVm.KeysName, new LuaValue(ToArray(keys)));
        vm.L.Globals.RawSet(EvalVm.ArgvName, new LuaValue(ToArray(args)));
        _run.Reset(sha, isFunction: false, script.Flags, readOnly, clientProtocol, hostState);
        return Invoke(vm.L, vm.Library, script.Function, sha, functionArgs: null, clientProtocol);
    }

    /// <summary><c>scriptPrepareForRun</c>'s refusals that LuaIL can know without a server: a script that may write run by a *_RO command.</summary>
    private static RedisReply? PrepareError(RedisScriptFlags flags, bool readOnly)
    {
        if ((flags & RedisScriptFlags.EvalCompatMode) == 0 && (flags & RedisScriptFlags.NoWrites) == 0 && readOnly)
            return RedisReply.Error("ERR Can not execute a script with write flag using *_ro command.");
        return null;
    }

    /// <summary><c>luaCreateArray</c>: KEYS/ARGV as fresh tables filled 1..n.</summary>
    private static LuaTable ToArray(ReadOnlySpan<LuaString> values)
    {
        var t = new LuaTable();
        for (int i = 0; i < values.Length; i++) t.RawSet(i + 1, new LuaValue(values[i]));
        return t;
    }

    /// <summary>Runs <paramref name="fn"/> as <c>luaCallFunction</c> does: the error handler's information on failure, the return value converted on success.</summary>
    private RedisReply Invoke(LuaState L, RedisLibrary library, LuaFunction fn, string name, LuaTable[]? functionArgs, int clientProtocol)
    {
        library.Run = _run;
        _killRequested = false;
        L.Interrupt.Clear();
        L.Depth = 0;
        L.Top = 0;
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        _startTimestamp = Stopwatch.GetTimestamp();
        _runningState = L;
        _running = true;
        try
        {
            var result = functionArgs is null ? fn.Invoke(L) : fn.Invoke(L, new LuaValue(functionArgs[0]), new LuaValue(functionArgs[1]));
            if (L.NRet == 0) result = default;
            return RedisConvert.LuaToReply(result, _run.Protocol).ForProtocol(clientProtocol);
        }
        catch (LuaException e)
        {
            return ErrorReply(L, e.Value, name);
        }
        catch (LuaTerminatedException e)
        {
            return ErrorReply(L, new LuaValue(RedisConvert.ErrorTable(e.Message)), name);
        }
        finally
        {
            _running = false;
            _runningState = null;
            library.Run = null;
            L.Interrupt.Clear();
            L.Depth = 0;
            L.Top = 0;
            L.NRet = 0;
        }
    }

    /// <summary><c>__redis__err__handler</c> then <c>luaCallFunction</c>'s error reply: <c>-ERR msg script: name, on @user_script:N.</c></summary>
    private static RedisReply ErrorReply(LuaState L, LuaValue error, string name)
    {
        var err = ErrorHandlerFunction.Handle(L, error);
        if (err.RawGet(RedisConvert.ErrKey).Obj is not LuaString msg)
        {
            // 7.0 dereferences a NULL message here and crashes; say what happened instead.
            return RedisReply.Error($"ERR Error running script {name}, (error object is a table value)");
        }
        var source = LuaConvert.ToLuaString(err.RawGet(RedisConvert.SourceKey));
        var line = LuaConvert.ToLuaString(err.RawGet(RedisConvert.LineKey));
        var text = msg;
        if (source is not null && line is not null)
            text = LuaString.Concat(msg, LuaString.Concat(LuaString.FromLatin1($" script: {name}, on "),
                LuaString.Concat(source, LuaString.Concat(LuaString.FromLatin1(":"), LuaString.Concat(line, LuaString.FromLatin1("."))))));
        return RedisConvert.ErrorReplyFromTable(text);
    }

    /// <summary>SCRIPT KILL / FUNCTION KILL, callable from any thread: stops the running script at its next loop back-edge or tail call, past any pcall.</summary>
    public RedisReply Kill(bool functionKill)
    {
        if (!_running) return RedisReply.Error("NOTBUSY No scripts in execution right now.");
        if (_run.WriteDirty)
            return RedisReply.Error("UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.");
        if (!functionKill && _run.IsFunction) return RedisReply.Error("BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.");
        if (functionKill && !_run.IsFunction) return RedisReply.Error("BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.");
        _killRequested = true;
        RequestCheck();
        return RedisReply.Ok;
    }

    private void RequestCheck()
    {
        if (_runningState is { } L) L.Interrupt.Request(CheckInterrupt);
    }

    // Runs on the script's thread at a back-edge: a kill wins over the memory budget.
    private Exception? CheckInterrupt(LuaState L)
    {
        if (_killRequested)
        {
            // As Redis's hook, keep firing until the script is gone (no pcall can swallow it).
            L.Interrupt.Request(CheckInterrupt);
            return new LuaTerminatedException("Script killed by user with SCRIPT KILL...");
        }
        if (_options.MemoryLimitBytes > 0 && GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > _options.MemoryLimitBytes)
        {
            _allocatedAtStart = long.MaxValue / 2;
            return new LuaException("not enough memory");
        }
        return null;
    }

    public void Dispose() => _watchdog?.Dispose();
}
