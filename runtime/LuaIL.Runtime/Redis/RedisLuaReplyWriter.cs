namespace LuaIL.Runtime.Redis;

/// <summary>
/// The writer behind <c>redis.call</c>: turns a command's reply into the Lua value Redis 7.0's
/// <c>redisProtocolToLuaType</c> makes of it, without building reply objects first.
/// </summary>
/// <remarks>
/// integer → number, bulk → the same string object, null → false (nil for RESP3), status →
/// <c>{ok=}</c>, error → <c>{err=}</c>, arrays → tables 1..n, and the RESP3 types as
/// <c>{map=}</c>, <c>{set=}</c>, <c>{double=}</c>, <c>{big_number=}</c>,
/// <c>{verbatim_string={format=,string=}}</c>, booleans. Map and set keys that Lua cannot store
/// (nil, NaN) are dropped. One instance serves a state: <see cref="Reset"/> before each command.
/// </remarks>
internal sealed class RedisLuaReplyWriter : RedisReplyWriter
{
    private struct Frame
    {
        public RedisReplyKind Kind;
        public LuaTable Table;
        public int Remaining;
        public int Index;
        public LuaValue Key;
    }

    private Frame[] _frames = new Frame[4];
    private int _depth;
    private int _protocol = 2;

    /// <summary>The converted reply, once complete.</summary>
    public LuaValue Result { get; private set; }

    /// <summary>The reply was an error (redis.call raises it).</summary>
    public bool IsError { get; private set; }

    /// <param name="protocol">The protocol the command answers in: a null is <c>$-1</c> (false) in 2 and <c>_</c> (nil) in 3.</param>
    public void Reset(int protocol)
    {
        _protocol = protocol;
        _depth = 0;
        Result = LuaValue.Nil;
        IsError = false;
    }

    public override void WriteStatus(LuaString text) => Add(Wrap(RedisConvert.OkKey, new LuaValue(text)));

    public override void WriteError(LuaString text)
    {
        var t = RedisConvert.ErrorTable(RedisConvert.WithDash(text));
        t.RawSet(RedisConvert.IgnoreStatsKey, LuaValue.True);
        if (_depth == 0) IsError = true;
        Add(new LuaValue(t));
    }

    public override void WriteInteger(long n) => Add(new LuaValue((double)n));

    public override void WriteBulk(LuaString bytes) => Add(new LuaValue(bytes));

    public override void WriteNull() => Add(_protocol >= 3 ? LuaValue.Nil : LuaValue.False);

    public override void WriteArrayHeader(int count) => Open(RedisReplyKind.Array, count);

    public override void WriteMapHeader(int pairs) => Open(RedisReplyKind.Map, 2 * pairs);

    public override void WriteSetHeader(int count) => Open(RedisReplyKind.Set, count);

    public override void WriteDouble(double d) => Add(Wrap(RedisConvert.DoubleKey, new LuaValue(d)));

    public override void WriteBoolean(bool b) => Add(LuaValue.Boolean(b));

    public override void WriteBigNumber(LuaString digits) => Add(Wrap(RedisConvert.BigNumberKey, new LuaValue(digits)));

    public override void WriteVerbatim(string format, LuaString text)
    {
        var inner = new LuaTable();
        inner.RawSet(RedisConvert.StringKey, new LuaValue(text));
        inner.RawSet(RedisConvert.FormatKey, LuaValue.String(format));
        Add(Wrap(RedisConvert.VerbatimKey, new LuaValue(inner)));
    }

    private static LuaValue Wrap(LuaString key, LuaValue value)
    {
        var t = new LuaTable();
        t.RawSet(key, value);
        return new LuaValue(t);
    }

    private void Open(RedisReplyKind kind, int items)
    {
        if (_depth == _frames.Length) Array.Resize(ref _frames, _depth * 2);
        _frames[_depth++] = new Frame { Kind = kind, Table = new LuaTable(), Remaining = items };
        if (items == 0) Close();
    }

    /// <summary>Stores a finished value in the aggregate being filled, closing every aggregate it completes.</summary>
    private void Add(LuaValue v)
    {
        if (_depth == 0)
        {
            Result = v;
            return;
        }
        ref var f = ref _frames[_depth - 1];
        switch (f.Kind)
        {
            case RedisReplyKind.Array:
                f.Table.RawSet(new LuaValue(++f.Index), v);
                break;
            case RedisReplyKind.Map:
                if (f.Index++ % 2 == 0) f.Key = v;
                else if (Storable(f.Key)) f.Table.RawSet(f.Key, v);
                break;
            default:
                if (Storable(v)) f.Table.RawSet(v, LuaValue.True);
                break;
        }
        if (--f.Remaining == 0) Close();
    }

    private static bool Storable(LuaValue key) => !key.IsNil && !(key.IsNumber && double.IsNaN(key.Num));

    private void Close()
    {
        var f = _frames[--_depth];
        _frames[_depth] = default;
        var table = new LuaValue(f.Table);
        Add(f.Kind switch
        {
            RedisReplyKind.Map => Wrap(RedisConvert.MapKey, table),
            RedisReplyKind.Set => Wrap(RedisConvert.SetKey, table),
            _ => table,
        });
    }
}
