namespace LuaIL.Runtime.Redis;

/// <summary>A writer that collects what it is given into a <see cref="RedisReply"/>: for hosts and tests that want reply objects.</summary>
public sealed class RedisReplyBuilder : RedisReplyWriter
{
    private readonly Stack<(RedisReplyKind Kind, RedisReply[] Items, int Filled)> _open = new();
    private RedisReply? _result;

    /// <summary>The reply written, once complete.</summary>
    public RedisReply Result => _result ?? throw new InvalidOperationException(_open.Count > 0 ? "the reply is incomplete" : "no reply was written");

    /// <summary>Forgets the last reply.</summary>
    public void Reset()
    {
        _open.Clear();
        _result = null;
    }

    public override void WriteStatus(LuaString text) => Add(RedisReply.Status(text));
    public override void WriteError(LuaString text) => Add(RedisReply.Error(text));
    public override void WriteInteger(long n) => Add(RedisReply.FromInteger(n));
    public override void WriteBulk(LuaString bytes) => Add(RedisReply.Bulk(bytes));
    public override void WriteNull() => Add(RedisReply.Null);
    public override void WriteArrayHeader(int count) => Open(RedisReplyKind.Array, count);
    public override void WriteMapHeader(int pairs) => Open(RedisReplyKind.Map, 2 * pairs);
    public override void WriteSetHeader(int count) => Open(RedisReplyKind.Set, count);
    public override void WriteDouble(double d) => Add(RedisReply.FromDouble(d));
    public override void WriteBoolean(bool b) => Add(RedisReply.Boolean(b));
    public override void WriteBigNumber(LuaString digits) => Add(RedisReply.BigNumber(digits));
    public override void WriteVerbatim(string format, LuaString text) => Add(RedisReply.Verbatim(format, text));

    private void Open(RedisReplyKind kind, int items)
    {
        _open.Push((kind, new RedisReply[items], 0));
        if (items == 0) Close();
    }

    private void Add(RedisReply reply)
    {
        if (_open.Count == 0)
        {
            _result = reply;
            return;
        }
        var (kind, items, filled) = _open.Pop();
        items[filled++] = reply;
        _open.Push((kind, items, filled));
        if (filled == items.Length) Close();
    }

    private void Close()
    {
        var (kind, items, _) = _open.Pop();
        Add(kind switch
        {
            RedisReplyKind.Map => RedisReply.Map(items),
            RedisReplyKind.Set => RedisReply.Set(items),
            _ => RedisReply.Array(items),
        });
    }
}
