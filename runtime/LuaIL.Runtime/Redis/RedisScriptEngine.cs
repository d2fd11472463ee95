using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
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
    private long _startTicks;
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
    public bool IsBusy => _running && Environment.TickCount64 - _startTicks >= _options.BusyReplyThresholdMs;

    /// <summary>The scripts in the cache (EVAL and SCRIPT LOAD).</summary>
    public int CachedScriptCount => _eval.Scripts.Count;

    /// <summary>One EVAL state: Redis keeps one Lua VM for all scripts, recreated by SCRIPT FLUSH.</summary>
    private sealed class EvalVm
    {
        public readonly LuaState L;
        public readonly RedisLibrary Library;
        /// <summary>Compiles the cached scripts, which SCRIPT FLUSH drops together: they may share their unloadable code units.</summary>
        public readonly ILuaChunkLoader ScriptLoader;
        public readonly Dictionary<string, CachedScript> Scripts = new(StringComparer.Ordinal);
        public static readonly LuaString KeysName = LuaString.FromLatin1("KEYS"), ArgvName = LuaString.FromLatin1("ARGV");
        public LuaTable? Keys, Argv;
        /// <summary>The script EVALSHA found last: a server's hot script is found again with one comparison.</summary>
        public CachedScript? Last;

        public EvalVm(RedisScriptEngine engine)
        {
            Library = new RedisLibrary(engine._host);
            // loadstring inside a script keeps the ungrouped loader: what it makes can go before the flush.
            L = RedisSandbox.CreateState(engine._loader, Library.CreateTable(), engine._random);
            ScriptLoader = engine._loader.CreateGroup();
            L.Globals.RawSet(LuaString.Intern("__redis__err__handler"), new LuaValue(ErrorHandlerFunction.Instance));
            RedisSandbox.Protect(L);
        }
    }

    private sealed record CachedScript(LuaFunction Function, RedisScriptFlags Flags, string Sha)
    {
        public readonly byte[] ShaBytes = Encoding.ASCII.GetBytes(Sha);
    }

    /// <summary>Runs a scripting command (EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, SCRIPT, FCALL, FCALL_RO, FUNCTION) as Redis 7.0 answers it.</summary>
    /// <param name="output">Receives the reply, in the protocol the writer speaks (a <see cref="RespReplyWriter"/> downgrades RESP3 for its client).</param>
    /// <param name="clientProtocol">2 or 3: the protocol of the calling client (HELLO).</param>
    /// <param name="hostState">Passed to the host in <see cref="RedisScriptRun.HostState"/> (the caller's client, say).</param>
    /// <returns>False, with nothing written, when the command is not a scripting command.</returns>
    /// <remarks>EVALSHA of a cached script whose reply and commands are strings, numbers or nil allocates nothing here.</remarks>
    public bool Execute(ReadOnlySpan<LuaString> argv, RedisReplyWriter output, int clientProtocol = 2, object? hostState = null)
    {
        if (argv.Length == 0) return false;
        var name = argv[0].Span;
        if (Ascii.EqualsIgnoreCase(name, "EVALSHA"u8) || Ascii.EqualsIgnoreCase(name, "EVAL"u8)
            || Ascii.EqualsIgnoreCase(name, "EVALSHA_RO"u8) || Ascii.EqualsIgnoreCase(name, "EVAL_RO"u8))
        {
            if (!TryParseCall(argv, out int numKeys, out var error)) output.Write(error!);
            else
            {
                var keys = argv.Slice(3, numKeys);
                var args = argv[(3 + numKeys)..];
                // Of the four names only the *_RO ones end in O, only the EVALSHA ones have S after EVAL.
                bool ro = (name[^1] | 0x20) == 'o';
                if (name.Length > 4 && (name[4] | 0x20) == 's') EvalSha(argv[1].Span, keys, args, output, ro, clientProtocol, hostState);
                else Eval(argv[1].Span, keys, args, output, ro, clientProtocol, hostState);
            }
        }
        else if (Ascii.EqualsIgnoreCase(name, "FCALL"u8) || Ascii.EqualsIgnoreCase(name, "FCALL_RO"u8))
        {
            if (!TryParseCall(argv, out int numKeys, out var error)) output.Write(error!);
            else FCall(argv[1].ToString(), argv.Slice(3, numKeys), argv[(3 + numKeys)..], output, readOnly: name.Length > 5, clientProtocol, hostState);
        }
        else if (Ascii.EqualsIgnoreCase(name, "SCRIPT"u8)) output.Write(ScriptCommand(argv));
        else if (Ascii.EqualsIgnoreCase(name, "FUNCTION"u8)) output.Write(FunctionCommand(argv));
        else return false;
        return true;
    }

    /// <summary>Runs a scripting command into a reply object, converted for <paramref name="clientProtocol"/>; null when it is not a scripting command.</summary>
    public RedisReply? Execute(ReadOnlySpan<LuaString> argv, int clientProtocol = 2, object? hostState = null)
    {
        var builder = new RedisReplyBuilder();
        return Execute(argv, builder, clientProtocol, hostState) ? builder.Result.ForProtocol(clientProtocol) : null;
    }

    /// <summary>The arity and <c>numkeys</c> checks of EVAL and FCALL: <c>command script|name numkeys key... arg...</c>.</summary>
    private static bool TryParseCall(ReadOnlySpan<LuaString> argv, out int numKeys, out RedisReply? error)
    {
        if (argv.Length >= 3) return TryParseNumKeys(argv[2], argv.Length - 3, out numKeys, out error);
        numKeys = 0;
        error = RedisReply.Error($"ERR wrong number of arguments for '{argv[0].ToString().ToLowerInvariant()}' command");
        return false;
    }

    private static bool TryParseNumKeys(LuaString text, int available, out int numKeys, out RedisReply? error)
    {
        numKeys = 0;
        error = null;
        if (!long.TryParse(text.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) || text.Length == 0 || text.Span[0] == '+')
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
    public void Eval(ReadOnlySpan<byte> body, ReadOnlySpan<LuaString> keys, ReadOnlySpan<LuaString> args, RedisReplyWriter output, bool readOnly = false, int clientProtocol = 2, object? hostState = null)
    {
        string sha = RedisLibrary.Sha1(body);
        if (!_eval.Scripts.TryGetValue(sha, out var script) && Compile(body, sha, out script) is { } error) output.Write(error);
        else RunEval(script!, keys, args, output, readOnly, clientProtocol, hostState);
    }

    /// <summary>EVALSHA / EVALSHA_RO: <c>NOSCRIPT No matching script. Please use EVAL.</c> unless the SHA1 (any case) is cached.</summary>
    public void EvalSha(ReadOnlySpan<byte> sha, ReadOnlySpan<LuaString> keys, ReadOnlySpan<LuaString> args, RedisReplyWriter output, bool readOnly = false, int clientProtocol = 2, object? hostState = null)
    {
        // The cache is keyed by lowercase hex text; the lookup goes through a stack copy, not a new string.
        if (_eval.Last is { } last && sha.SequenceEqual(last.ShaBytes))
        {
            RunEval(last, keys, args, output, readOnly, clientProtocol, hostState);
            return;
        }
        Span<char> lower = stackalloc char[40];
        if (sha.Length != 40) output.Write(NoScript);
        else
        {
            for (int i = 0; i < 40; i++) lower[i] = (char)(sha[i] is >= (byte)'A' and <= (byte)'Z' ? sha[i] | 0x20 : sha[i]);
            if (!_eval.Scripts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var script)) output.Write(NoScript);
            else RunEval(_eval.Last = script, keys, args, output, readOnly, clientProtocol, hostState);
        }
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
            var fn = _eval.ScriptLoader.Load(L, body[shebangLength..], "@user_script", L.Globals);
            script = new CachedScript(fn, flags, sha);
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

    private void RunEval(CachedScript script, ReadOnlySpan<LuaString> keys, ReadOnlySpan<LuaString> args, RedisReplyWriter output, bool readOnly, int clientProtocol, object? hostState)
    {
        if (PrepareError(script.Flags, readOnly) is { } refused)
        {
            output.Write(refused);
            return;
        }
        var vm = _eval;
        // The globals are read-only to scripts: only a new table needs storing.
        if (Refill(ref vm.Keys, keys)) vm.L.Globals.RawSet(EvalVm.KeysName, new LuaValue(vm.Keys));
        if (Refill(ref vm.Argv, args)) vm.L.Globals.RawSet(EvalVm.ArgvName, new LuaValue(vm.Argv));
        _run.Reset(script.Sha, isFunction: false, script.Flags, readOnly, clientProtocol, hostState);
        Invoke(vm.L, vm.Library, script.Function, script.Sha, functionArgs: null, output);
    }

    /// <summary>
    /// <c>luaCreateArray</c> for EVAL, reusing last call's table. Redis makes fresh KEYS and ARGV per
    /// call, and reuse must not show: an EVAL script cannot keep a table past its call (globals and
    /// library tables are read-only, a script's chunk has no upvalues to store into), so what it can
    /// tell apart is only the table's contents. Every array slot is rewritten; a table the script
    /// gave a metatable or hash keys is dropped for a fresh one. FCALL keeps fresh tables: a function
    /// library's locals outlive the call.
    /// </summary>
    /// <returns>True when <paramref name="t"/> is a new table.</returns>
    private static bool Refill([NotNull] ref LuaTable? t, ReadOnlySpan<LuaString> values)
    {
        if (t is null || t.Metatable is not null || t.NodeCount != 0)
        {
            t = ToArray(values);
            return true;
        }
        if (t.ArraySize < values.Length) t.ResizeArray(values.Length);
        for (int i = 0; i < values.Length; i++) t.RawSet(i + 1, new LuaValue(values[i]));
        for (int i = values.Length + 1; i <= t.ArraySize; i++) t.RawSet(i, LuaValue.Nil);
        return false;
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
    private void Invoke(LuaState L, RedisLibrary library, LuaFunction fn, string name, LuaTable[]? functionArgs, RedisReplyWriter output)
    {
        library.Run = _run;
        _killRequested = false;
        L.Interrupt.Clear();
        L.Depth = 0;
        L.Top = 0;
        if (_options.MemoryLimitBytes > 0) _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        // The coarse clock (a few ms of resolution) costs a few ns; a precise one costs more than a short script.
        _startTicks = Environment.TickCount64;
        _runningState = L;
        _running = true;
        try
        {
            var result = functionArgs is null ? fn.Invoke(L) : fn.Invoke(L, new LuaValue(functionArgs[0]), new LuaValue(functionArgs[1]));
            if (L.NRet == 0) result = default;
            RedisConvert.WriteReply(result, _run.Protocol, output);
        }
        catch (LuaException e)
        {
            output.Write(ErrorReply(L, e.Value, name));
        }
        catch (LuaTerminatedException e)
        {
            output.Write(ErrorReply(L, new LuaValue(RedisConvert.ErrorTable(e.Message)), name));
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
