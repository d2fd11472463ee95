using System.Text;

namespace LuaIL.Runtime.Redis;

/// <summary>The first-line headers of scripts and libraries: <c>#!lua flags=no-writes,allow-oom</c> and <c>#!lua name=mylib</c>.</summary>
public static class RedisShebang
{
    private static readonly (string Name, RedisScriptFlags Flag)[] FlagNames =
    [
        ("no-writes", RedisScriptFlags.NoWrites), ("allow-oom", RedisScriptFlags.AllowOom), ("allow-stale", RedisScriptFlags.AllowStale),
        ("no-cluster", RedisScriptFlags.NoCluster), ("allow-cross-slot-keys", RedisScriptFlags.AllowCrossSlotKeys),
    ];

    /// <summary><c>evalExtractShebangFlags</c>: the flags and the length of the shebang line (0 without one; flags then include <see cref="RedisScriptFlags.EvalCompatMode"/>).</summary>
    public static bool TryParseEval(ReadOnlySpan<byte> body, out RedisScriptFlags flags, out int length, out string? error)
    {
        flags = RedisScriptFlags.EvalCompatMode;
        length = 0;
        error = null;
        if (!body.StartsWith("#!"u8)) return true;
        int nl = body.IndexOf((byte)'\n');
        // strchr stops at a zero byte too.
        int zero = body.IndexOf((byte)0);
        if (nl < 0 || (zero >= 0 && zero < nl))
        {
            error = "Invalid script shebang";
            return false;
        }
        var parts = SplitArgs(body[..nl]);
        if (parts is null || parts.Count == 0)
        {
            error = "Invalid engine in script shebang";
            return false;
        }
        if (parts[0] != "#!lua")
        {
            error = "Unexpected engine in script shebang: " + parts[0];
            return false;
        }
        flags = RedisScriptFlags.None;
        for (int j = 1; j < parts.Count; j++)
        {
            if (!parts[j].StartsWith("flags=", StringComparison.Ordinal))
            {
                error = "Unknown lua shebang option: " + parts[j];
                return false;
            }
            if (!TryParseFlags(parts[j][6..].Split(','), ignoreCase: false, out var f, out var bad))
            {
                error = "Unexpected flag in script shebang: " + bad;
                return false;
            }
            flags |= f;
        }
        length = nl;
        return true;
    }

    /// <summary>Flag names to flags (<c>scripts_flags_def</c>); an empty list element (from <c>flags=</c>) is no flag, as <c>sdssplitlen</c> yields none.</summary>
    public static bool TryParseFlags(IEnumerable<string> names, bool ignoreCase, out RedisScriptFlags flags, out string? unknown)
    {
        flags = RedisScriptFlags.None;
        unknown = null;
        foreach (var n in names)
        {
            if (n.Length == 0 && !ignoreCase) continue;
            var match = FlagNames.FirstOrDefault(f => string.Equals(f.Name, n, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
            if (match.Name is null)
            {
                unknown = n;
                return false;
            }
            flags |= match.Flag;
        }
        return true;
    }

    /// <summary><c>sdssplitargs</c> for the simple cases a shebang has: words separated by blanks, double or single quotes grouping; null on unbalanced quotes.</summary>
    internal static List<string>? SplitArgs(ReadOnlySpan<byte> line)
    {
        var parts = new List<string>();
        int i = 0;
        while (true)
        {
            while (i < line.Length && (line[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\v' or (byte)'\f')) i++;
            if (i >= line.Length) return parts;
            var sb = new StringBuilder();
            byte quote = 0;
            for (; i < line.Length; i++)
            {
                byte c = line[i];
                if (quote != 0)
                {
                    if (c == quote)
                    {
                        quote = 0;
                        if (i + 1 < line.Length && line[i + 1] is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return null;
                        i++;
                        break;
                    }
                    sb.Append((char)c);
                }
                else if (c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\v' or (byte)'\f') break;
                else if (c is (byte)'"' or (byte)'\'') quote = c;
                else sb.Append((char)c);
            }
            if (quote != 0) return null;
            parts.Add(sb.ToString());
        }
    }
}

/// <summary><c>__redis__err__handler</c>: turns any error value into <c>{err=, source=, line=}</c> from the innermost Lua frame, as Redis's Lua handler does with <c>debug.getinfo</c>.</summary>
internal sealed class ErrorHandlerFunction : LuaFunction
{
    public static readonly ErrorHandlerFunction Instance = new();

    public override string Name => "__redis__err__handler";

    public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => L.Return1(new LuaValue(Handle(L, LuaArgs.Arg(args, 1))));

    /// <summary>The handler's table for <paramref name="error"/>; a table error gets the fields added in place, as in Redis.</summary>
    public static LuaTable Handle(LuaState L, LuaValue error)
    {
        if (error.Obj is not LuaTable err)
        {
            var text = LuaConvert.ToDisplayLuaString(error);
            err = new LuaTable();
            err.RawSet(RedisConvert.ErrKey, new LuaValue(LuaString.Concat(LuaString.FromLatin1("ERR "), text)));
        }
        // getinfo(2) is where the error was raised; for a C function, getinfo(3) is its caller.
        int d = Math.Min(L.Depth, L.Frames.Length - 1);
        if (d >= 1 && L.Frames[d].Function is not LuaClosure) d--;
        if (d >= 1)
        {
            if (L.Frames[d].Function is LuaClosure c)
            {
                err.RawSet(RedisConvert.SourceKey, LuaValue.String(c.Info.ChunkName));
                err.RawSet(RedisConvert.LineKey, new LuaValue(L.FrameLine(d)));
            }
            else
            {
                err.RawSet(RedisConvert.SourceKey, LuaValue.String("=[C]"));
                err.RawSet(RedisConvert.LineKey, new LuaValue(-1));
            }
        }
        return err;
    }
}
