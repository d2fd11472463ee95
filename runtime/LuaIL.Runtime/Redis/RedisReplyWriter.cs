namespace LuaIL.Runtime.Redis;

/// <summary>
/// Where a reply goes, one RESP value at a time (the role of Redis's <c>addReply*</c> functions): a
/// command writes its reply here whether it answers a network client or a script's <c>redis.call</c>.
/// </summary>
/// <remarks>
/// An aggregate announces its size, then its items follow as further calls (a map's as key, value,
/// key, value...). The writer behind <c>redis.call</c> turns the calls straight into Lua values, so
/// a bulk string given as a <see cref="LuaString"/> reaches the script without a copy;
/// <see cref="RespReplyWriter"/> encodes them for the wire. Nothing needs allocating per reply.
/// </remarks>
public abstract class RedisReplyWriter
{
    /// <summary><c>+text</c>.</summary>
    public abstract void WriteStatus(LuaString text);

    /// <summary><c>-CODE message</c>; <paramref name="text"/> has no leading <c>-</c>.</summary>
    public abstract void WriteError(LuaString text);

    /// <summary><c>:n</c>.</summary>
    public abstract void WriteInteger(long n);

    /// <summary><c>$len bytes</c>, the bytes shared, not copied.</summary>
    public abstract void WriteBulk(LuaString bytes);

    /// <summary><c>$len bytes</c> from a span; a writer that must keep the bytes copies them.</summary>
    public virtual void WriteBulk(ReadOnlySpan<byte> bytes) => WriteBulk(LuaString.From(bytes));

    /// <summary>RESP2 <c>$-1</c>, RESP3 <c>_</c>.</summary>
    public abstract void WriteNull();

    /// <summary><c>*count</c>, then <paramref name="count"/> items.</summary>
    public abstract void WriteArrayHeader(int count);

    /// <summary>RESP3 <c>%pairs</c>, then 2 × <paramref name="pairs"/> items.</summary>
    public abstract void WriteMapHeader(int pairs);

    /// <summary>RESP3 <c>~count</c>, then <paramref name="count"/> items.</summary>
    public abstract void WriteSetHeader(int count);

    /// <summary>RESP3 <c>,d</c>.</summary>
    public abstract void WriteDouble(double d);

    /// <summary>RESP3 <c>#t</c>/<c>#f</c>.</summary>
    public abstract void WriteBoolean(bool b);

    /// <summary>RESP3 <c>(digits</c>.</summary>
    public abstract void WriteBigNumber(LuaString digits);

    /// <summary>RESP3 <c>=len fmt:text</c>; <paramref name="format"/> has three characters.</summary>
    public abstract void WriteVerbatim(string format, LuaString text);

    /// <summary>Writes a reply object (and its items), as a host that keeps replies as <see cref="RedisReply"/> does.</summary>
    public void Write(RedisReply reply)
    {
        switch (reply.Kind)
        {
            case RedisReplyKind.Status: WriteStatus(reply.Bytes!); break;
            case RedisReplyKind.Error: WriteError(reply.Bytes!); break;
            case RedisReplyKind.Integer: WriteInteger(reply.Integer); break;
            case RedisReplyKind.Bulk: WriteBulk(reply.Bytes!); break;
            case RedisReplyKind.Null: WriteNull(); break;
            case RedisReplyKind.Double: WriteDouble(reply.Double); break;
            case RedisReplyKind.Boolean: WriteBoolean(reply.Integer != 0); break;
            case RedisReplyKind.BigNumber: WriteBigNumber(reply.Bytes!); break;
            case RedisReplyKind.Verbatim: WriteVerbatim(reply.Format!, reply.Bytes!); break;
            default:
                var items = reply.Items!;
                if (reply.Kind == RedisReplyKind.Map) WriteMapHeader(items.Length / 2);
                else if (reply.Kind == RedisReplyKind.Set) WriteSetHeader(items.Length);
                else WriteArrayHeader(items.Length);
                foreach (var item in items) Write(item);
                break;
        }
    }
}
