using System.Security.Cryptography;
using System.Text;

namespace LuaIL.Runtime.Redis;

/// <summary>The <c>redis</c> table of Redis 7.0 (<c>script_lua.c</c>, <c>eval.c</c>): call, pcall, error_reply, status_reply, sha1hex, log, setresp, set_repl, ...</summary>
public sealed class RedisLibrary
{
    public const int LogDebug = 0, LogVerbose = 1, LogNotice = 2, LogWarning = 3;
    public const int ReplNone = 0, ReplAof = 1, ReplReplica = 2, ReplAll = 3;

    /// <summary>The version scripts see in <c>redis.REDIS_VERSION</c>.</summary>
    public const string Version = "7.0.15";

    /// <summary><c>REDIS_VERSION_NUM</c>: 0x00MMmmpp.</summary>
    public const int VersionNum = 0x07000f;

    private readonly IRedisHost _host;
    private LuaString[] _argBuffer = new LuaString[8];
    private readonly RedisLuaReplyWriter _reply = new();

    /// <summary>The run in progress, or null between runs (then <c>redis.call</c> and friends refuse, as 7.0 does).</summary>
    internal RedisScriptRun? Run { get; set; }

    public RedisLibrary(IRedisHost host) => _host = host;

    /// <summary>The <c>redis</c> table for EVAL scripts and function bodies.</summary>
    public LuaTable CreateTable()
    {
        var t = new LuaTable();
        LuaStandardLibrary.Register(t, "call", (L, a) => Call(L, a, raise: true));
        LuaStandardLibrary.Register(t, "pcall", (L, a) => Call(L, a, raise: false));
        RegisterLog(t);
        RegisterVersion(t);
        LuaStandardLibrary.Register(t, "setresp", SetResp);
        LuaStandardLibrary.Register(t, "sha1hex", Sha1Hex);
        LuaStandardLibrary.Register(t, "error_reply", ErrorReply);
        LuaStandardLibrary.Register(t, "status_reply", StatusReply);
        LuaStandardLibrary.Register(t, "set_repl", SetRepl);
        Set(t, "REPL_NONE", ReplNone);
        Set(t, "REPL_AOF", ReplAof);
        Set(t, "REPL_SLAVE", ReplReplica);
        Set(t, "REPL_REPLICA", ReplReplica);
        Set(t, "REPL_ALL", ReplAll);
        LuaStandardLibrary.Register(t, "acl_check_cmd", AclCheckCmd);
        // Outside SCRIPT DEBUG (which LuaIL does not offer) these do nothing.
        LuaStandardLibrary.Register(t, "breakpoint", (L, a) => L.Return1(LuaValue.False));
        LuaStandardLibrary.Register(t, "debug", (L, a) => L.Return0());
        LuaStandardLibrary.Register(t, "replicate_commands", (L, a) => L.Return1(LuaValue.True));
        return t;
    }

    /// <summary>What FUNCTION LOAD code sees as <c>redis</c>: register_function, log, the LOG_* and version constants.</summary>
    public LuaTable CreateLoadTable(LuaNativeFunction.Body registerFunction)
    {
        var t = new LuaTable();
        LuaStandardLibrary.Register(t, "register_function", registerFunction);
        RegisterLog(t);
        RegisterVersion(t);
        return t;
    }

    private void RegisterLog(LuaTable t)
    {
        LuaStandardLibrary.Register(t, "log", Log);
        Set(t, "LOG_DEBUG", LogDebug);
        Set(t, "LOG_VERBOSE", LogVerbose);
        Set(t, "LOG_NOTICE", LogNotice);
        Set(t, "LOG_WARNING", LogWarning);
    }

    private static void RegisterVersion(LuaTable t)
    {
        Set(t, "REDIS_VERSION_NUM", VersionNum);
        t.RawSet(LuaString.Intern("REDIS_VERSION"), LuaValue.String(Version));
    }

    private static void Set(LuaTable t, string name, double value) => t.RawSet(LuaString.Intern(name), new LuaValue(value));

    /// <summary><c>luaRedisGenericCommand</c>: runs a command through the host; errors raise (call) or come back (pcall) as <c>{err=...}</c>.</summary>
    private LuaValue Call(LuaState L, ReadOnlySpan<LuaValue> args, bool raise)
    {
        var run = Run ?? throw RedisErrors.ErrTable("redis.call/pcall can only be called inside a script invocation");
        if (!TryBuildArgs(args, out var error))
        {
            if (raise) throw new LuaException(new LuaValue(error!));
            return L.Return1(new LuaValue(error));
        }
        // The reply turns into Lua values as the host writes it; a bulk string stays the host's object.
        _reply.Reset(run.Protocol);
        try
        {
            _host.Execute(run, _argBuffer.AsSpan(0, args.Length), _reply);
        }
        finally
        {
            Array.Clear(_argBuffer, 0, args.Length);
        }
        var value = _reply.Result;
        if (raise && _reply.IsError) throw new LuaException(value);
        return L.Return1(value);
    }

    /// <summary><c>luaArgsToRedisArgv</c>: strings as they are, numbers as <c>%.17g</c>, anything else refused.</summary>
    private bool TryBuildArgs(ReadOnlySpan<LuaValue> args, out LuaTable? error)
    {
        error = null;
        if (args.Length == 0)
        {
            error = RedisConvert.ErrorTable("Please specify at least one argument for this redis lib call");
            return false;
        }
        if (_argBuffer.Length < args.Length) _argBuffer = new LuaString[Math.Max(args.Length, _argBuffer.Length * 2)];
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.Obj is LuaString s) _argBuffer[i] = s;
            else if (a.IsNumber) _argBuffer[i] = LuaString.FromLatin1(RedisNumberFormat.G17(a.Num));
            else
            {
                Array.Clear(_argBuffer, 0, i);
                error = RedisConvert.ErrorTable("Lua redis lib command arguments must be strings or integers");
                return false;
            }
        }
        return true;
    }

    private LuaValue AclCheckCmd(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var run = Run ?? throw RedisErrors.ErrTable("redis.acl_check_cmd can only be called inside a script invocation");
        if (!TryBuildArgs(args, out var error)) throw new LuaException(new LuaValue(error!));
        var allowed = _host.CheckAcl(run, _argBuffer.AsSpan(0, args.Length));
        Array.Clear(_argBuffer, 0, args.Length);
        if (allowed is null) throw RedisErrors.ErrTable("Invalid command passed to redis.acl_check_cmd()");
        return L.Return1(LuaValue.Boolean(allowed.Value));
    }

    private LuaValue Log(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (args.Length < 2) throw RedisErrors.ErrTable("redis.log() requires two arguments or more.");
        if (!LuaConvert.TryToNumber(args[0], out double levelNumber)) throw RedisErrors.ErrTable("First argument must be a number (log level).");
        int level = (int)levelNumber;
        if (level < LogDebug || level > LogWarning) throw RedisErrors.ErrTable("Invalid debug level.");
        var sb = new List<byte>();
        for (int j = 1; j < args.Length; j++)
        {
            if (LuaConvert.ToLuaString(args[j]) is not { } s) continue;
            if (j != 1) sb.Add((byte)' ');
            sb.AddRange(s.Bytes);
        }
        _host.Log(level, new LuaString([.. sb]));
        return L.Return0();
    }

    private LuaValue SetResp(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var run = Run ?? throw RedisErrors.ErrTable("redis.setresp can only be called inside a script invocation");
        if (args.Length != 1) throw RedisErrors.ErrTable("redis.setresp() requires one argument.");
        int resp = LuaConvert.TryToNumber(args[0], out double d) ? (int)d : 0;
        if (resp != 2 && resp != 3) throw RedisErrors.ErrTable("RESP version must be 2 or 3.");
        run.Protocol = resp;
        return L.Return0();
    }

    private LuaValue SetRepl(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var run = Run ?? throw RedisErrors.ErrTable("redis.set_repl can only be called inside a script invocation");
        if (args.Length != 1) throw RedisErrors.ErrTable("redis.set_repl() requires two arguments.");
        int flags = LuaConvert.TryToNumber(args[0], out double d) ? (int)d : 0;
        if ((flags & ~ReplAll) != 0) throw RedisErrors.ErrTable("Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE.");
        run.ReplicationFlags = flags;
        return L.Return0();
    }

    private static LuaValue Sha1Hex(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (args.Length != 1) throw RedisErrors.ErrTable("wrong number of arguments");
        // lua_tolstring of a non-string gives NULL, which sha1hex hashes as the empty string.
        var s = LuaConvert.ToLuaString(args[0]);
        return L.Return1(LuaValue.String(Sha1(s is null ? [] : s.Span)));
    }

    /// <summary>The lowercase hex SHA1 Redis names scripts by.</summary>
    public static string Sha1(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA1.HashData(data));

    private static LuaValue ErrorReply(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (args.Length != 1 || !args[0].IsString)
            return L.Return1(new LuaValue(RedisConvert.ErrorTable("wrong number or type of arguments")));
        var s = (LuaString)args[0].Obj!;
        var text = s.Length > 0 && s[0] == '-' ? s : LuaString.Concat(LuaString.FromLatin1("-"), s);
        return L.Return1(new LuaValue(RedisConvert.ErrorTable(text)));
    }

    private static LuaValue StatusReply(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (args.Length != 1 || !args[0].IsString)
            return L.Return1(new LuaValue(RedisConvert.ErrorTable("wrong number or type of arguments")));
        var t = new LuaTable();
        t.RawSet(RedisConvert.OkKey, args[0]);
        return L.Return1(new LuaValue(t));
    }

    /// <summary>Text of a message for logs: bytes as UTF-8.</summary>
    internal static string Text(LuaString s) => Encoding.UTF8.GetString(s.Span);
}
