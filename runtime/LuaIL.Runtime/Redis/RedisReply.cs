namespace LuaIL.Runtime.Redis;

/// <summary>The kinds of RESP2 and RESP3 replies a command or a script produces.</summary>
public enum RedisReplyKind
{
    /// <summary><c>+text</c>.</summary>
    Status,
    /// <summary><c>-CODE text</c>.</summary>
    Error,
    /// <summary><c>:n</c>.</summary>
    Integer,
    /// <summary><c>$len bytes</c>.</summary>
    Bulk,
    /// <summary>RESP2 <c>$-1</c> / <c>*-1</c>, RESP3 <c>_</c>.</summary>
    Null,
    /// <summary><c>*n</c>.</summary>
    Array,
    /// <summary>RESP3 <c>%n</c>: <see cref="RedisReply.Items"/> holds key, value, key, value...</summary>
    Map,
    /// <summary>RESP3 <c>~n</c>.</summary>
    Set,
    /// <summary>RESP3 <c>,d</c>.</summary>
    Double,
    /// <summary>RESP3 <c>(digits</c>: the digits are in <see cref="RedisReply.Bytes"/>.</summary>
    BigNumber,
    /// <summary>RESP3 <c>=len fmt:text</c>.</summary>
    Verbatim,
    /// <summary>RESP3 <c>#t</c>/<c>#f</c>: <see cref="RedisReply.Integer"/> is 1 or 0.</summary>
    Boolean,
}

/// <summary>One RESP reply, binary safe: what a host's command returns to <c>redis.call</c>, and what a script returns to its client.</summary>
/// <remarks>
/// Invariants: <see cref="Bytes"/> is set for Status, Error (the text without the leading <c>-</c>),
/// Bulk, BigNumber and Verbatim; <see cref="Items"/> for Array, Set and Map (flattened pairs);
/// <see cref="Integer"/> for Integer and Boolean; <see cref="Double"/> for Double;
/// <see cref="Format"/> (three characters) for Verbatim. Replies are immutable, so hosts may share them.
/// </remarks>
public sealed class RedisReply
{
    private RedisReply(RedisReplyKind kind, LuaString? bytes = null, long integer = 0, double number = 0, RedisReply[]? items = null, string? format = null)
    {
        Kind = kind;
        Bytes = bytes;
        Integer = integer;
        Double = number;
        Items = items;
        Format = format;
    }

    public RedisReplyKind Kind { get; }
    public LuaString? Bytes { get; }
    public long Integer { get; }
    public double Double { get; }
    public RedisReply[]? Items { get; }
    public string? Format { get; }

    public static readonly RedisReply Null = new(RedisReplyKind.Null);
    public static readonly RedisReply Ok = new(RedisReplyKind.Status, LuaString.FromLatin1("OK"));
    public static readonly RedisReply Zero = new(RedisReplyKind.Integer, integer: 0);
    public static readonly RedisReply One = new(RedisReplyKind.Integer, integer: 1);
    public static readonly RedisReply EmptyArray = new(RedisReplyKind.Array, items: []);
    public static readonly RedisReply True = new(RedisReplyKind.Boolean, integer: 1);
    public static readonly RedisReply False = new(RedisReplyKind.Boolean, integer: 0);

    public static RedisReply Status(LuaString text) => new(RedisReplyKind.Status, text);
    public static RedisReply Status(string text) => Status(LuaString.From(text));

    /// <summary>An error reply; <paramref name="text"/> is <c>CODE message</c> without the leading <c>-</c>.</summary>
    public static RedisReply Error(LuaString text) => new(RedisReplyKind.Error, text);
    public static RedisReply Error(string text) => Error(LuaString.From(text));

    public static RedisReply FromInteger(long n) => n switch { 0 => Zero, 1 => One, _ => new(RedisReplyKind.Integer, integer: n) };
    public static RedisReply Bulk(LuaString bytes) => new(RedisReplyKind.Bulk, bytes);
    public static RedisReply Bulk(string text) => Bulk(LuaString.From(text));
    public static RedisReply Array(params RedisReply[] items) => items.Length == 0 ? EmptyArray : new(RedisReplyKind.Array, items: items);
    public static RedisReply Set(params RedisReply[] items) => new(RedisReplyKind.Set, items: items);

    /// <summary>A map; <paramref name="pairs"/> is key, value, key, value...</summary>
    public static RedisReply Map(params RedisReply[] pairs)
    {
        if (pairs.Length % 2 != 0) throw new ArgumentException("a map needs an even number of items", nameof(pairs));
        return new(RedisReplyKind.Map, items: pairs);
    }

    public static RedisReply FromDouble(double d) => new(RedisReplyKind.Double, number: d);
    public static RedisReply BigNumber(LuaString digits) => new(RedisReplyKind.BigNumber, digits);
    public static RedisReply Boolean(bool b) => b ? True : False;

    /// <summary>A verbatim string; <paramref name="format"/> is cut or padded with spaces to three characters, as Redis's <c>addReplyVerbatim</c>.</summary>
    public static RedisReply Verbatim(string format, LuaString text)
        => new(RedisReplyKind.Verbatim, text, format: (format.Length >= 3 ? format[..3] : format.PadRight(3)));

    /// <summary>True for an error reply.</summary>
    public bool IsError => Kind == RedisReplyKind.Error;

    /// <summary>
    /// The reply as a client speaking <paramref name="protocol"/> receives it: for 2, RESP3 types are
    /// downgraded as Redis's <c>addReply*</c> functions do (map → flat array, set → array, double →
    /// bulk <c>%.17g</c>, boolean → <c>:1</c>/<c>:0</c>, big number and verbatim → bulk).
    /// </summary>
    public RedisReply ForProtocol(int protocol)
    {
        if (protocol >= 3) return this;
        switch (Kind)
        {
            case RedisReplyKind.Map:
            case RedisReplyKind.Set:
            case RedisReplyKind.Array:
                var items = Items!;
                RedisReply[]? copy = null;
                for (int i = 0; i < items.Length; i++)
                {
                    var d = items[i].ForProtocol(2);
                    if (!ReferenceEquals(d, items[i]) && copy is null) copy = (RedisReply[])items.Clone();
                    if (copy is not null) copy[i] = d;
                }
                if (Kind == RedisReplyKind.Array && copy is null) return this;
                return new RedisReply(RedisReplyKind.Array, items: copy ?? items);
            case RedisReplyKind.Double:
                return Bulk(LuaString.FromLatin1(RedisNumberFormat.DoubleReplyText(Double)));
            case RedisReplyKind.Boolean:
                return FromInteger(Integer);
            case RedisReplyKind.BigNumber:
            case RedisReplyKind.Verbatim:
                return Bulk(Bytes!);
            default:
                return this;
        }
    }

    /// <summary>Structural equality (doubles by bits, so NaN equals NaN): what differential tests compare.</summary>
    public bool StructurallyEquals(RedisReply other)
    {
        if (Kind != other.Kind || Integer != other.Integer || Format != other.Format) return false;
        if (BitConverter.DoubleToInt64Bits(Double) != BitConverter.DoubleToInt64Bits(other.Double)) return false;
        if (Bytes is null != other.Bytes is null || (Bytes is not null && !Bytes.Equals(other.Bytes))) return false;
        if (Items is null || other.Items is null) return Items is null && other.Items is null;
        if (Items.Length != other.Items.Length) return false;
        for (int i = 0; i < Items.Length; i++)
            if (!Items[i].StructurallyEquals(other.Items[i])) return false;
        return true;
    }

    /// <summary>The reply as <c>redis-cli --no-raw</c> prints it (for diagnostics and the CLI).</summary>
    public override string ToString() => RedisCliFormatter.Format(this);
}
