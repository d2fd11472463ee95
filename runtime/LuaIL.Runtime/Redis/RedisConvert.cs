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
        switch (reply.Kind)
        {
            case RedisReplyKind.Integer:
                return new LuaValue((double)reply.Integer);
            case RedisReplyKind.Bulk:
                return new LuaValue(reply.Bytes);
            case RedisReplyKind.Null:
                return protocol >= 3 ? LuaValue.Nil : LuaValue.False;
            case RedisReplyKind.Status:
            {
                var t = new LuaTable();
                t.RawSet(OkKey, new LuaValue(reply.Bytes));
                return new LuaValue(t);
            }
            case RedisReplyKind.Error:
            {
                var t = ErrorTable(WithDash(reply.Bytes!));
                t.RawSet(IgnoreStatsKey, LuaValue.True);
                return new LuaValue(t);
            }
            case RedisReplyKind.Array:
            {
                var items = reply.Items!;
                var t = new LuaTable();
                for (int i = 0; i < items.Length; i++) t.RawSet(new LuaValue(i + 1), ReplyToLua(items[i], protocol));
                return new LuaValue(t);
            }
            case RedisReplyKind.Map:
            {
                var items = reply.Items!;
                var inner = new LuaTable();
                for (int i = 0; i + 1 < items.Length; i += 2)
                {
                    var k = ReplyToLua(items[i], protocol);
                    var v = ReplyToLua(items[i + 1], protocol);
                    if (!k.IsNil && !(k.IsNumber && double.IsNaN(k.Num))) inner.RawSet(k, v);
                }
                return Wrap(MapKey, new LuaValue(inner));
            }
            case RedisReplyKind.Set:
            {
                var inner = new LuaTable();
                foreach (var item in reply.Items!)
                {
                    var k = ReplyToLua(item, protocol);
                    if (!k.IsNil && !(k.IsNumber && double.IsNaN(k.Num))) inner.RawSet(k, LuaValue.True);
                }
                return Wrap(SetKey, new LuaValue(inner));
            }
            case RedisReplyKind.Boolean:
                return LuaValue.Boolean(reply.Integer != 0);
            case RedisReplyKind.Double:
                return Wrap(DoubleKey, new LuaValue(reply.Double));
            case RedisReplyKind.BigNumber:
                return Wrap(BigNumberKey, new LuaValue(reply.Bytes));
            case RedisReplyKind.Verbatim:
            {
                var inner = new LuaTable();
                inner.RawSet(StringKey, new LuaValue(reply.Bytes));
                inner.RawSet(FormatKey, LuaValue.String(reply.Format!));
                return Wrap(VerbatimKey, new LuaValue(inner));
            }
            default:
                return LuaValue.Nil;
        }
    }

    private static LuaValue Wrap(LuaString key, LuaValue value)
    {
        var t = new LuaTable();
        t.RawSet(key, value);
        return new LuaValue(t);
    }

    private static LuaString WithDash(LuaString text)
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
    public static RedisReply LuaToReply(LuaValue v, int scriptProtocol) => LuaToReply(v, scriptProtocol, 0);

    private static RedisReply LuaToReply(LuaValue v, int scriptProtocol, int depth)
    {
        if (depth > MaxReplyDepth) return RedisReply.Error("ERR reached lua stack limit");
        switch (v.Obj)
        {
            case LuaString s:
                return RedisReply.Bulk(s);
            case LuaTable t:
                return TableToReply(t, scriptProtocol, depth);
        }
        if (v.IsNumber) return RedisReply.FromInteger(LuaArgs.NumberToInteger(v.Num));
        if (v.IsBoolean)
        {
            bool b = v.IsTruthy;
            if (scriptProtocol == 2) return b ? RedisReply.One : RedisReply.Null;
            return RedisReply.Boolean(b);
        }
        return RedisReply.Null;
    }

    private static RedisReply TableToReply(LuaTable t, int scriptProtocol, int depth)
    {
        if (t.RawGet(ErrKey).Obj is LuaString err) return ErrorReplyFromTable(err);
        if (t.RawGet(OkKey).Obj is LuaString ok) return RedisReply.Status(MapCrLf(CString(ok.Span)));
        var dbl = t.RawGet(DoubleKey);
        if (dbl.IsNumber) return RedisReply.FromDouble(dbl.Num);
        if (t.RawGet(BigNumberKey).Obj is LuaString big) return RedisReply.BigNumber(MapCrLf(big.Span));
        if (t.RawGet(VerbatimKey).Obj is LuaTable verbatim
            && verbatim.RawGet(FormatKey).Obj is LuaString format
            && verbatim.RawGet(StringKey).Obj is LuaString text)
            return RedisReply.Verbatim(LuaString.From(CString(format.Span)).ToLatin1(), text);
        if (t.RawGet(MapKey).Obj is LuaTable map)
        {
            var pairs = new List<RedisReply>();
            var key = LuaValue.Nil;
            while (map.Next(ref key, out var value))
            {
                pairs.Add(LuaToReply(key, scriptProtocol, depth + 1));
                pairs.Add(LuaToReply(value, scriptProtocol, depth + 1));
            }
            return RedisReply.Map([.. pairs]);
        }
        if (t.RawGet(SetKey).Obj is LuaTable set)
        {
            var members = new List<RedisReply>();
            var key = LuaValue.Nil;
            while (set.Next(ref key, out _)) members.Add(LuaToReply(key, scriptProtocol, depth + 1));
            return RedisReply.Set([.. members]);
        }
        var items = new List<RedisReply>();
        for (int i = 1; ; i++)
        {
            var e = t.RawGet(i);
            if (e.IsNil) break;
            items.Add(LuaToReply(e, scriptProtocol, depth + 1));
        }
        return RedisReply.Array([.. items]);
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
        var b = s.ToArray();
        for (int i = 0; i < b.Length; i++)
            if (b[i] == '\r' || b[i] == '\n') b[i] = (byte)' ';
        return new LuaString(b);
    }
}
