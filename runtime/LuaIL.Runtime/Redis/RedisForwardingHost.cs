namespace LuaIL.Runtime.Redis;

/// <summary>An <see cref="IRedisHost"/> that forwards every script command to a real Redis server, checking it first as Redis's <c>scriptCall</c> would (arity and flags from <c>COMMAND INFO</c>).</summary>
/// <remarks>Used by <c>luac-il eval --redis</c> and the differential tests: the keyspace is the server's, the scripting is LuaIL's.</remarks>
public sealed class RedisForwardingHost(RespClient client) : IRedisHost
{
    private readonly Dictionary<string, RedisCommandInfo?> _commands = new(StringComparer.Ordinal);
    private bool _selected;

    /// <summary>Lines passed to <c>redis.log</c>, as <c>level message</c>.</summary>
    public List<string> LogLines { get; } = [];

    /// <summary>Undoes a script's SELECT once it ended: the caller's database (0 here) is unchanged by a script, as in Redis.</summary>
    public void RestoreDatabase()
    {
        if (!_selected) return;
        client.SetProtocol(2);
        client.Call("SELECT", "0");
        _selected = false;
    }

    public void Execute(RedisScriptRun run, ReadOnlySpan<LuaString> args, RedisReplyWriter output)
    {
        var info = Lookup(args);
        if (RedisCommandInfo.CheckScriptCall(info, args.Length, run) is { } refused)
        {
            output.Write(refused);
            return;
        }
        client.SetProtocol(run.Protocol);
        var reply = client.Call(args);
        if (info!.Name == "select" && !reply.IsError) _selected = true;
        output.Write(reply);
    }

    public bool? CheckAcl(RedisScriptRun run, ReadOnlySpan<LuaString> args) => Lookup(args) is null ? null : true;

    public void Log(int level, LuaString message) => LogLines.Add($"{level} {message}");

    /// <summary><c>lookupCommand</c>: the command, or for a container command with a subcommand argument, the subcommand.</summary>
    private RedisCommandInfo? Lookup(ReadOnlySpan<LuaString> args)
    {
        string name = args[0].ToString().ToLowerInvariant();
        var info = Fetch(name);
        if (info is null || args.Length < 2 || !_containers.Contains(name)) return info;
        return Fetch(name + "|" + args[1].ToString().ToLowerInvariant());
    }

    private readonly HashSet<string> _containers = new(StringComparer.Ordinal);

    private RedisCommandInfo? Fetch(string name)
    {
        if (_commands.TryGetValue(name, out var cached)) return cached;
        client.SetProtocol(2);
        var reply = client.Call("COMMAND", "INFO", name);
        RedisCommandInfo? info = null;
        if (reply.Kind == RedisReplyKind.Array && reply.Items!.Length == 1 && reply.Items[0].Kind == RedisReplyKind.Array)
        {
            var e = reply.Items[0].Items!;
            var flags = RedisCommandFlags.None;
            foreach (var f in e[2].Items ?? [])
            {
                flags |= f.Bytes?.ToString() switch
                {
                    "write" => RedisCommandFlags.Write,
                    "denyoom" => RedisCommandFlags.DenyOom,
                    "noscript" => RedisCommandFlags.NoScript,
                    "may_replicate" => RedisCommandFlags.MayReplicate,
                    "stale" => RedisCommandFlags.Stale,
                    _ => RedisCommandFlags.None,
                };
            }
            info = new RedisCommandInfo(name, (int)e[1].Integer, flags);
            if (e.Length > 9 && e[9].Items is { Length: > 0 }) _containers.Add(name);
        }
        _commands[name] = info;
        return info;
    }
}
