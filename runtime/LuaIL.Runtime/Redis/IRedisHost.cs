namespace LuaIL.Runtime.Redis;

/// <summary>What a Redis-compatible server provides to scripts: its commands, its log, its ACLs.</summary>
/// <remarks>
/// <para>Wiring a server: give each connection a <see cref="RespReplyWriter"/>; for every command, pass
/// it to <see cref="RedisScriptEngine.Execute(ReadOnlySpan{LuaString}, RedisReplyWriter, int, object?)"/>,
/// and when that returns false (not a scripting command) run the command yourself into the same
/// writer; then send its <see cref="RespReplyWriter.WrittenSpan"/>. Write your commands against
/// <see cref="RedisReplyWriter"/> once and they serve both network clients and scripts.</para>
/// <para>Called on the thread that runs the script, one command at a time. The host answers in the
/// protocol <see cref="RedisScriptRun.Protocol"/> asks for (2 until the script calls
/// <c>redis.setresp(3)</c>), and performs the checks Redis's <c>scriptCall</c> makes before running a
/// command — <see cref="RedisCommandInfo.CheckScriptCall"/> does them from a command's arity and flags.</para>
/// </remarks>
public interface IRedisHost
{
    /// <summary>
    /// Runs one command (<paramref name="args"/>[0] is its name) for the script described by <paramref name="run"/>,
    /// writing exactly one reply into <paramref name="reply"/>; errors are replies, never exceptions.
    /// </summary>
    /// <remarks>The arguments are only borrowed: copy the array (not the strings, which are immutable) to keep them.</remarks>
    void Execute(RedisScriptRun run, ReadOnlySpan<LuaString> args, RedisReplyWriter reply);

    /// <summary>For <c>redis.acl_check_cmd</c>: whether the calling user may run the command, or null when there is no such command.</summary>
    bool? CheckAcl(RedisScriptRun run, ReadOnlySpan<LuaString> args);

    /// <summary>For <c>redis.log</c>: <paramref name="level"/> is 0 (debug) … 3 (warning).</summary>
    void Log(int level, LuaString message);
}

/// <summary>Shebang flags of a script (<c>#!lua flags=no-writes,allow-oom</c>), as Redis 7.0's <c>SCRIPT_FLAG_*</c>.</summary>
[Flags]
public enum RedisScriptFlags
{
    None = 0,
    NoWrites = 1,
    AllowOom = 2,
    AllowStale = 4,
    NoCluster = 8,
    AllowCrossSlotKeys = 16,
    /// <summary>No shebang: the pre-7.0 behaviour, where checks happen command by command.</summary>
    EvalCompatMode = 32,
}

/// <summary>The state of one script invocation that the host sees on every command (Redis's <c>scriptRunCtx</c>); reused from run to run.</summary>
public sealed class RedisScriptRun
{
    /// <summary>The protocol replies to <c>redis.call</c> must use: 2, or 3 after <c>redis.setresp(3)</c>.</summary>
    public int Protocol { get; internal set; } = 2;

    /// <summary>The protocol of the client that sent EVAL/FCALL.</summary>
    public int ClientProtocol { get; internal set; } = 2;

    /// <summary>Write commands must fail with <c>Write commands are not allowed from read-only scripts.</c> (EVAL_RO, FCALL_RO, <c>no-writes</c>).</summary>
    public bool ReadOnly { get; internal set; }

    /// <summary>The script declared <c>allow-oom</c>: deny-oom commands run even above <c>maxmemory</c>.</summary>
    public bool AllowOom { get; internal set; }

    /// <summary>The script's flags as declared by its shebang.</summary>
    public RedisScriptFlags Flags { get; internal set; }

    /// <summary>Set by the host once a write command ran: the script can no longer be killed (<c>UNKILLABLE</c>) and OOM checks stop.</summary>
    public bool WriteDirty { get; set; }

    /// <summary>Where writes replicate (<c>redis.set_repl</c>): <see cref="RedisLibrary.ReplAll"/> by default.</summary>
    public int ReplicationFlags { get; internal set; } = RedisLibrary.ReplAll;

    /// <summary>The SHA1 of an EVAL script, or the function name of an FCALL.</summary>
    public string Name { get; internal set; } = "";

    /// <summary>True for FCALL/FCALL_RO, false for EVAL and friends.</summary>
    public bool IsFunction { get; internal set; }

    /// <summary>A slot for the host's own per-run data (the caller's client, its database, ...).</summary>
    public object? HostState { get; set; }

    internal void Reset(string name, bool isFunction, RedisScriptFlags flags, bool readOnlyCommand, int clientProtocol, object? hostState)
    {
        bool compat = (flags & RedisScriptFlags.EvalCompatMode) != 0;
        Name = name;
        IsFunction = isFunction;
        Flags = flags;
        Protocol = 2;
        ClientProtocol = clientProtocol;
        ReadOnly = readOnlyCommand || (!compat && (flags & RedisScriptFlags.NoWrites) != 0);
        AllowOom = !compat && (flags & RedisScriptFlags.AllowOom) != 0;
        WriteDirty = false;
        ReplicationFlags = RedisLibrary.ReplAll;
        HostState = hostState;
    }
}

/// <summary>Command flags that matter to scripts (a subset of Redis's <c>CMD_*</c>).</summary>
[Flags]
public enum RedisCommandFlags
{
    None = 0,
    Write = 1,
    DenyOom = 2,
    NoScript = 4,
    MayReplicate = 8,
    Stale = 16,
}

/// <summary>What a host knows about one command: its arity (Redis convention: negative = at least) and flags.</summary>
public sealed record RedisCommandInfo(string Name, int Arity, RedisCommandFlags Flags)
{
    public const string UnknownCommand = "Unknown Redis command called from script";
    public const string WrongArity = "Wrong number of args calling Redis command from script";
    public const string NotAllowed = "This Redis command is not allowed from script";
    public const string WriteInReadOnly = "Write commands are not allowed from read-only scripts.";

    /// <summary>
    /// The checks of Redis 7.0's <c>scriptCall</c>, in its order: unknown command, arity, <c>noscript</c>,
    /// writes from read-only scripts. Returns the error reply (<c>ERR ...</c>), or null when the command may run.
    /// On success with a write command, marks the run dirty.
    /// </summary>
    public static RedisReply? CheckScriptCall(RedisCommandInfo? info, int argc, RedisScriptRun run)
    {
        if (info is null) return RedisReply.Error("ERR " + UnknownCommand);
        if ((info.Arity > 0 && info.Arity != argc) || argc < -info.Arity) return RedisReply.Error("ERR " + WrongArity);
        if ((info.Flags & RedisCommandFlags.NoScript) != 0) return RedisReply.Error("ERR " + NotAllowed);
        if (run.ReadOnly && (info.Flags & (RedisCommandFlags.Write | RedisCommandFlags.MayReplicate)) != 0)
            return RedisReply.Error("ERR " + WriteInReadOnly);
        if ((info.Flags & RedisCommandFlags.Write) != 0) run.WriteDirty = true;
        return null;
    }
}
