namespace LuaIL.Runtime.Redis;

/// <summary>Conversions between Lua values and RESP replies exactly as Redis 7.0's <c>script_lua.c</c> does them.</summary>
public static class RedisConvert
{
    /// <summary>How deep a returned table may nest before the reply says <c>reached lua stack limit</c> (Lua's 8000-slot C stack, less what the call itself holds, as measured on 7.0.15).</summary>
    public const int MaxReplyDepth = 7997;

    internal static readonly LuaString ErrKey = LuaString.FromLatin1("err");
    internal static readonly LuaString OkKey = LuaString.FromLatin1("ok");
    internal static readonly LuaString DoubleKey = LuaString.FromLatin1("double");
    internal static readonly LuaString BigNumberKey = LuaString.FromLatin1("big_number");
    internal static readonly LuaString VerbatimKey = LuaString.FromLatin1("verbatim_string");
    internal static readonly LuaString FormatKey = LuaString.FromLatin1("format");
    internal static readonly LuaString StringKey = LuaString.FromLatin1("string");
    internal static readonly LuaString MapKey = LuaString.FromLatin1("map");
    internal static readonly LuaString SetKey = LuaString.FromLatin1("set");
    internal static readonly LuaString IgnoreStatsKey = LuaString.FromLatin1("ignore_error_stats_update");
    internal static readonly LuaString SourceKey = LuaString.FromLatin1("source");
    internal static readonly LuaString LineKey = LuaString.FromLatin1("line");

    /// <summary>
    /// A command's reply as <c>redis.call</c> returns it (<c>redisProtocolToLuaType</c>): integer → number,
    /// bulk → string, null → false (nil for RESP3 <c>_</c>), status → <c>{ok=}</c>, error → <c>{err=}</c>,
    /// and the RESP3 types as <c>{map=}</c>, <c>{set=}</c>, <c>{double=}</c>, <c>{big_number=}</c>,
    /// <c>{verbatim_string={format=,string=}}</c>, booleans.
    /// </summary>
    /// <param name="protocol">The protocol the reply was produced in: a null is <c>$-1</c> in 2 and <c>_</c> in 3.</param>
    public static LuaValue ReplyToLua(RedisReply reply, int protocol)
    {
        var writer = new RedisLuaReplyWriter();
        writer.Reset(protocol);
        writer.Write(reply);
        return writer.Result;
    }

    internal static LuaString WithDash(LuaString text)
    {
        var b = new byte[text.Length + 1];
        b[0] = (byte)'-';
        text.Span.CopyTo(b.AsSpan(1));
        return new LuaString(b);
    }

    /// <summary>
    /// <c>luaPushErrorBuff</c>: the <c>{err=...}</c> table for a message. <c>-CODE msg</c> keeps its code
    /// (<c>-NOCODE</c> becomes <c>ERR NOCODE</c>); a message without the dash gets <c>ERR</c>; CR/LF at the end are trimmed.
    /// </summary>
    public static LuaTable ErrorTable(LuaString message)
    {
        ReadOnlySpan<byte> s = message.Span;
        ReadOnlySpan<byte> code = "ERR"u8, msg;
        // The buffer is a C string from here on.
        int z = s.IndexOf((byte)0);
        if (z >= 0) s = s[..z];
        if (s.Length > 0 && s[0] == '-')
        {
            int space = s.IndexOf((byte)' ');
            if (space < 0) msg = s[1..];
            else
            {
                code = s[1..space];
                msg = s[(space + 1)..];
            }
        }
        else msg = s;
        msg = TrimCrLf(msg);
        var b = new byte[code.Length + 1 + msg.Length];
        code.CopyTo(b);
        b[code.Length] = (byte)' ';
        msg.CopyTo(b.AsSpan(code.Length + 1));
        var t = new LuaTable();
        t.RawSet(ErrKey, new LuaValue(new LuaString(b)));
        return t;
    }

    /// <summary>The <c>{err=...}</c> table for a message given as .NET text.</summary>
    public static LuaTable ErrorTable(string message) => ErrorTable(LuaString.From(message));

    private static ReadOnlySpan<byte> TrimCrLf(ReadOnlySpan<byte> s)
    {
        int start = 0, end = s.Length;
        while (start < end && (s[start] == '\r' || s[start] == '\n')) start++;
        while (end > start && (s[end - 1] == '\r' || s[end - 1] == '\n')) end--;
        return s[start..end];
    }

    /// <summary>
    /// A script's return value as the reply its client gets (<c>luaReplyToRedisReply</c>), RESP3-shaped:
    /// callers pass it through <see cref="RedisReply.ForProtocol"/> for the client.
    /// </summary>
    /// <param name="scriptProtocol">The script's <c>redis.setresp</c> level: booleans become <c>:1</c>/null in 2 and RESP3 booleans in 3.</param>
    public static RedisReply LuaToReply(LuaValue v, int scriptProtocol)
    {
        var builder = new RedisReplyBuilder();
        WriteReply(v, scriptProtocol, builder);
        return builder.Result;
    }

    /// <summary><c>luaReplyToRedisReply</c> straight into <paramref name="output"/>: a string or number reply allocates nothing.</summary>
    public static void WriteReply(LuaValue v, int scriptProtocol, RedisReplyWriter output) => WriteReply(v, scriptProtocol, output, 0);

    private static readonly LuaString StackLimitError = LuaString.FromLatin1("ERR reached lua stack limit");

    private static void WriteReply(LuaValue v, int scriptProtocol, RedisReplyWriter output, int depth)
    {
        if (depth > MaxReplyDepth) output.WriteError(StackLimitError);
        else if (v.Obj is LuaString s) output.WriteBulk(s);
        else if (v.Obj is LuaTable t) WriteTable(t, scriptProtocol, output, depth);
        else if (v.IsNumber) output.WriteInteger(LuaArgs.NumberToInteger(v.Num));
        else if (v.IsBoolean && scriptProtocol != 2) output.WriteBoolean(v.IsTruthy);
        else if (v.IsBoolean && v.IsTruthy) output.WriteInteger(1);
        else output.WriteNull();
    }

    private static void WriteTable(LuaTable t, int scriptProtocol, RedisReplyWriter output, int depth)
    {
        if (t.RawGet(ErrKey).Obj is LuaString err)
        {
            output.Write(ErrorReplyFromTable(err));
            return;
        }
        if (t.RawGet(OkKey).Obj is LuaString ok)
        {
            output.WriteStatus(MapCrLf(ok, CString(ok.Span).Length));
            return;
        }
        var dbl = t.RawGet(DoubleKey);
        if (dbl.IsNumber) output.WriteDouble(dbl.Num);
        else if (t.RawGet(BigNumberKey).Obj is LuaString big) output.WriteBigNumber(MapCrLf(big, big.Length));
        else if (t.RawGet(VerbatimKey).Obj is LuaTable verbatim
            && verbatim.RawGet(FormatKey).Obj is LuaString format
            && verbatim.RawGet(StringKey).Obj is LuaString text)
            output.Write(RedisReply.Verbatim(LuaString.From(CString(format.Span)).ToLatin1(), text));
        else if (t.RawGet(MapKey).Obj is LuaTable map)
        {
            int pairs = 0;
            var key = LuaValue.Nil;
            while (map.Next(ref key, out _)) pairs++;
            output.WriteMapHeader(pairs);
            key = LuaValue.Nil;
            while (map.Next(ref key, out var value))
            {
                WriteReply(key, scriptProtocol, output, depth + 1);
                WriteReply(value, scriptProtocol, output, depth + 1);
            }
        }
        else if (t.RawGet(SetKey).Obj is LuaTable set)
        {
            int members = 0;
            var key = LuaValue.Nil;
            while (set.Next(ref key, out _)) members++;
            output.WriteSetHeader(members);
            key = LuaValue.Nil;
            while (set.Next(ref key, out _)) WriteReply(key, scriptProtocol, output, depth + 1);
        }
        else
        {
            int n = 0;
            while (!t.RawGet(n + 1).IsNil) n++;
            output.WriteArrayHeader(n);
            for (int i = 1; i <= n; i++) WriteReply(t.RawGet(i), scriptProtocol, output, depth + 1);
        }
    }

    /// <summary>An error table's text as the client sees it (<c>addReplyErrorFormatEx("-%s")</c>): a C string, CR/LF trimmed at the ends and spaces inside.</summary>
    public static RedisReply ErrorReplyFromTable(LuaString err)
    {
        var s = TrimCrLf(CString(err.Span));
        return RedisReply.Error(MapCrLf(s));
    }

    private static ReadOnlySpan<byte> CString(ReadOnlySpan<byte> s)
    {
        int z = s.IndexOf((byte)0);
        return z < 0 ? s : s[..z];
    }

    /// <summary><c>sdsmapchars(s, "\r\n", "  ")</c>: a reply line may hold no line breaks.</summary>
    public static LuaString MapCrLf(ReadOnlySpan<byte> s)
    {
        if (s.IndexOfAny((byte)'\r', (byte)'\n') < 0) return LuaString.From(s);
        return MapCrLfCopy(s);
    }

    /// <summary><see cref="MapCrLf(ReadOnlySpan{byte})"/> of the first <paramref name="length"/> bytes of <paramref name="s"/>: the string itself when nothing changes.</summary>
    private static LuaString MapCrLf(LuaString s, int length)
    {
        var span = s.Span[..length];
        if (span.IndexOfAny((byte)'\r', (byte)'\n') >= 0) return MapCrLfCopy(span);
        return length == s.Length ? s : LuaString.From(span);
    }

    private static LuaString MapCrLfCopy(ReadOnlySpan<byte> s)
    {
        var b = s.ToArray();
        for (int i = 0; i < b.Length; i++)
            if (b[i] == '\r' || b[i] == '\n') b[i] = (byte)' ';
        return new LuaString(b);
    }
}
