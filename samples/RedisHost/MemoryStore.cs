using System.Globalization;
using System.Text;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace RedisHost;

/// <summary>A tiny in-memory keyspace with a dozen Redis commands; it is also the <see cref="IRedisHost"/> scripts call into.</summary>
/// <remarks>
/// Keys are compared by bytes (a <see cref="LuaString"/> is the key type), values are byte strings, hashes or lists; expiry is checked lazily on access.
/// Commands write their replies into a <see cref="RedisReplyWriter"/>: the same code answers a network client (RESP) and <c>redis.call</c> (Lua values),
/// and a GET hands the stored string itself to either.
/// </remarks>
public sealed class MemoryStore : IRedisHost
{
    private readonly Dictionary<LuaString, object> _data = [];
    private readonly Dictionary<LuaString, DateTime> _expires = [];

    private static readonly Dictionary<LuaString, RedisCommandInfo> Commands = new(CommandNameComparer.Instance)
    {
        [LuaString.FromLatin1("ping")] = new("ping", -1, RedisCommandFlags.Stale),
        [LuaString.FromLatin1("get")] = new("get", 2, RedisCommandFlags.None),
        [LuaString.FromLatin1("set")] = new("set", -3, RedisCommandFlags.Write | RedisCommandFlags.DenyOom),
        [LuaString.FromLatin1("del")] = new("del", -2, RedisCommandFlags.Write),
        [LuaString.FromLatin1("exists")] = new("exists", -2, RedisCommandFlags.None),
        [LuaString.FromLatin1("incr")] = new("incr", 2, RedisCommandFlags.Write | RedisCommandFlags.DenyOom),
        [LuaString.FromLatin1("incrby")] = new("incrby", 3, RedisCommandFlags.Write | RedisCommandFlags.DenyOom),
        [LuaString.FromLatin1("hset")] = new("hset", -4, RedisCommandFlags.Write | RedisCommandFlags.DenyOom),
        [LuaString.FromLatin1("hget")] = new("hget", 3, RedisCommandFlags.None),
        [LuaString.FromLatin1("hgetall")] = new("hgetall", 2, RedisCommandFlags.None),
        [LuaString.FromLatin1("lpush")] = new("lpush", -3, RedisCommandFlags.Write | RedisCommandFlags.DenyOom),
        [LuaString.FromLatin1("rpush")] = new("rpush", -3, RedisCommandFlags.Write | RedisCommandFlags.DenyOom),
        [LuaString.FromLatin1("lrange")] = new("lrange", 4, RedisCommandFlags.None),
        [LuaString.FromLatin1("expire")] = new("expire", 3, RedisCommandFlags.Write),
        [LuaString.FromLatin1("ttl")] = new("ttl", 2, RedisCommandFlags.None),
        [LuaString.FromLatin1("eval")] = new("eval", -3, RedisCommandFlags.NoScript),
    };

    private static readonly RedisReply WrongType = RedisReply.Error("WRONGTYPE Operation against a key holding the wrong kind of value");
    private static readonly RedisReply NotInteger = RedisReply.Error("ERR value is not an integer or out of range");

    /// <summary>Runs a command for a network client (no script checks), in the writer's protocol.</summary>
    public void Execute(ReadOnlySpan<LuaString> args, RespReplyWriter reply)
    {
        if (!Commands.TryGetValue(args[0], out var info))
            reply.Write(RedisReply.Error($"ERR unknown command '{args[0]}'"));
        else if ((info.Arity > 0 && info.Arity != args.Length) || args.Length < -info.Arity)
            reply.Write(RedisReply.Error($"ERR wrong number of arguments for '{info.Name}' command"));
        else Run(info.Name, args, reply.Protocol, reply);
    }

    /// <summary>A command from <c>redis.call</c>: Redis's script checks first, then the command in the script's protocol.</summary>
    public void Execute(RedisScriptRun run, ReadOnlySpan<LuaString> args, RedisReplyWriter reply)
    {
        Commands.TryGetValue(args[0], out var info);
        if (RedisCommandInfo.CheckScriptCall(info, args.Length, run) is { } refused) reply.Write(refused);
        else Run(info!.Name, args, run.Protocol, reply);
    }

    public bool? CheckAcl(RedisScriptRun run, ReadOnlySpan<LuaString> args) => Commands.ContainsKey(args[0]) ? true : null;

    public void Log(int level, LuaString message) => Console.Error.WriteLine($"[script log {level}] {message}");

    private void Run(string name, ReadOnlySpan<LuaString> a, int protocol, RedisReplyWriter reply)
    {
        // GET writes the stored string itself; the other commands build a reply object first.
        if (name != "get") reply.Write(Reply(name, a, protocol));
        else if (Get(a[1]) is not { } value) reply.WriteNull();
        else if (value is LuaString s) reply.WriteBulk(s);
        else reply.Write(WrongType);
    }

    private RedisReply Reply(string name, ReadOnlySpan<LuaString> a, int protocol)
    {
        switch (name)
        {
            case "ping": return a.Length > 1 ? RedisReply.Bulk(a[1]) : RedisReply.Status("PONG");
            case "set":
                _data[a[1]] = a[2];
                _expires.Remove(a[1]);
                return RedisReply.Ok;
            case "del":
            case "exists":
            {
                long n = 0;
                foreach (var k in a[1..])
                {
                    if (Get(k) is null) continue;
                    n++;
                    if (name == "del") _data.Remove(k);
                }
                return RedisReply.FromInteger(n);
            }
            case "incr":
            case "incrby":
            {
                long by = 1;
                if (name == "incrby" && !long.TryParse(a[2].ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out by)) return NotInteger;
                var cur = Get(a[1]);
                if (cur is not (null or LuaString)) return WrongType;
                long v = 0;
                if (cur is LuaString s && !long.TryParse(s.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v)) return NotInteger;
                v += by;
                _data[a[1]] = LuaString.FromLatin1(v.ToString(CultureInfo.InvariantCulture));
                return RedisReply.FromInteger(v);
            }
            case "hset":
            {
                if (a.Length % 2 != 0) return RedisReply.Error("ERR wrong number of arguments for 'hset' command");
                if (Get(a[1]) is not (null or Dictionary<LuaString, LuaString>)) return WrongType;
                var h = (Dictionary<LuaString, LuaString>)(Get(a[1]) ?? (_data[a[1]] = new Dictionary<LuaString, LuaString>()));
                long added = 0;
                for (int i = 2; i < a.Length; i += 2)
                {
                    if (!h.ContainsKey(a[i])) added++;
                    h[a[i]] = a[i + 1];
                }
                return RedisReply.FromInteger(added);
            }
            case "hget":
                return Get(a[1]) switch
                {
                    null => RedisReply.Null,
                    Dictionary<LuaString, LuaString> h => h.TryGetValue(a[2], out var v) ? RedisReply.Bulk(v) : RedisReply.Null,
                    _ => WrongType,
                };
            case "hgetall":
            {
                if (Get(a[1]) is not (null or Dictionary<LuaString, LuaString>)) return WrongType;
                var items = new List<RedisReply>();
                if (Get(a[1]) is Dictionary<LuaString, LuaString> h)
                    foreach (var (k, v) in h) { items.Add(RedisReply.Bulk(k)); items.Add(RedisReply.Bulk(v)); }
                // RESP3 clients (and scripts after redis.setresp(3)) get a map; RESP2 a flat array.
                return protocol >= 3 ? RedisReply.Map([.. items]) : RedisReply.Array([.. items]);
            }
            case "lpush":
            case "rpush":
            {
                if (Get(a[1]) is not (null or List<LuaString>)) return WrongType;
                var l = (List<LuaString>)(Get(a[1]) ?? (_data[a[1]] = new List<LuaString>()));
                foreach (var v in a[2..])
                {
                    if (name == "lpush") l.Insert(0, v);
                    else l.Add(v);
                }
                return RedisReply.FromInteger(l.Count);
            }
            case "lrange":
            {
                if (!long.TryParse(a[2].ToString(), out long start) || !long.TryParse(a[3].ToString(), out long stop)) return NotInteger;
                if (Get(a[1]) is not (null or List<LuaString>)) return WrongType;
                var l = Get(a[1]) as List<LuaString> ?? [];
                if (start < 0) start = Math.Max(0, l.Count + start);
                if (stop < 0) stop = l.Count + stop;
                stop = Math.Min(stop, l.Count - 1);
                var items = new List<RedisReply>();
                for (long i = start; i <= stop; i++) items.Add(RedisReply.Bulk(l[(int)i]));
                return RedisReply.Array([.. items]);
            }
            case "expire":
            {
                if (!long.TryParse(a[2].ToString(), out long seconds)) return NotInteger;
                if (Get(a[1]) is null) return RedisReply.Zero;
                _expires[a[1]] = DateTime.UtcNow.AddSeconds(seconds);
                return RedisReply.One;
            }
            case "ttl":
                if (Get(a[1]) is null) return RedisReply.FromInteger(-2);
                return _expires.TryGetValue(a[1], out var at) ? RedisReply.FromInteger((long)Math.Ceiling((at - DateTime.UtcNow).TotalSeconds)) : RedisReply.FromInteger(-1);
            default:
                return RedisReply.Error($"ERR unknown command '{name}'");
        }
    }

    private object? Get(LuaString key)
    {
        if (_expires.Count != 0 && _expires.TryGetValue(key, out var at) && at <= DateTime.UtcNow)
        {
            _expires.Remove(key);
            _data.Remove(key);
        }
        return _data.GetValueOrDefault(key);
    }

    /// <summary>Command names match without regard to ASCII case, straight on the argument's bytes.</summary>
    private sealed class CommandNameComparer : IEqualityComparer<LuaString>
    {
        public static readonly CommandNameComparer Instance = new();

        public bool Equals(LuaString? x, LuaString? y) => x is not null && y is not null && Ascii.EqualsIgnoreCase(x.Span, y.Span);

        public int GetHashCode(LuaString s)
        {
            int h = s.Length;
            foreach (byte b in s.Span) h = h * 31 + (b is >= (byte)'A' and <= (byte)'Z' ? b | 0x20 : b);
            return h;
        }
    }
}
