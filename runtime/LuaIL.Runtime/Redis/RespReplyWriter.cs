using System.Buffers.Text;

namespace LuaIL.Runtime.Redis;

/// <summary>Encodes replies as RESP into a reusable buffer, in the protocol of the client it belongs to.</summary>
/// <remarks>
/// Keep one per connection: <see cref="Clear"/> it before a command, send <see cref="WrittenSpan"/>
/// after. The buffer only grows, so a connection in its steady state allocates nothing. For a
/// protocol 2 client, RESP3 types are downgraded as Redis's <c>addReply*</c> functions do: map →
/// flat array, set → array, double → bulk <c>%.17g</c>, boolean → <c>:1</c>/<c>:0</c>, big number
/// and verbatim → bulk.
/// </remarks>
public sealed class RespReplyWriter(int protocol = 2) : RedisReplyWriter
{
    private readonly RedisLibBuffer _buffer = new(256);

    /// <summary>2 or 3: the protocol of the client (set by HELLO).</summary>
    public int Protocol { get; set; } = protocol;

    /// <summary>The RESP written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.Span;

    public void Clear() => _buffer.Clear();

    public override void WriteStatus(LuaString text) => Line((byte)'+', text.Span);

    public override void WriteError(LuaString text) => Line((byte)'-', text.Span);

    public override void WriteInteger(long n) => Header((byte)':', n);

    public override void WriteBulk(LuaString bytes) => Bulk((byte)'$', bytes.Span);

    public override void WriteBulk(ReadOnlySpan<byte> bytes) => Bulk((byte)'$', bytes);

    public override void WriteNull()
    {
        if (Protocol >= 3) Append("_\r\n"u8);
        else Append("$-1\r\n"u8);
    }

    public override void WriteArrayHeader(int count) => Header((byte)'*', count);

    public override void WriteMapHeader(int pairs)
    {
        if (Protocol >= 3) Header((byte)'%', pairs);
        else Header((byte)'*', 2L * pairs);
    }

    public override void WriteSetHeader(int count) => Header(Protocol >= 3 ? (byte)'~' : (byte)'*', count);

    public override void WriteDouble(double d)
    {
        var text = RedisNumberFormat.DoubleReplyText(d);
        Span<byte> bytes = stackalloc byte[text.Length];
        for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
        if (Protocol >= 3) Line((byte)',', bytes);
        else Bulk((byte)'$', bytes);
    }

    public override void WriteBoolean(bool b)
    {
        if (Protocol >= 3) Append(b ? "#t\r\n"u8 : "#f\r\n"u8);
        else WriteInteger(b ? 1 : 0);
    }

    public override void WriteBigNumber(LuaString digits)
    {
        if (Protocol >= 3) Line((byte)'(', digits.Span);
        else Bulk((byte)'$', digits.Span);
    }

    public override void WriteVerbatim(string format, LuaString text)
    {
        if (Protocol < 3)
        {
            Bulk((byte)'$', text.Span);
            return;
        }
        Header((byte)'=', format.Length + 1 + text.Length);
        foreach (char c in format) Append((byte)c);
        Append((byte)':');
        Append(text.Span);
        Append("\r\n"u8);
    }

    private void Line(byte type, ReadOnlySpan<byte> text)
    {
        Append(type);
        Append(text);
        Append("\r\n"u8);
    }

    private void Bulk(byte type, ReadOnlySpan<byte> bytes)
    {
        Header(type, bytes.Length);
        Append(bytes);
        Append("\r\n"u8);
    }

    /// <summary>A type byte, a decimal number, CRLF.</summary>
    private void Header(byte type, long n)
    {
        Span<byte> line = stackalloc byte[24];
        line[0] = type;
        Utf8Formatter.TryFormat(n, line[1..], out int written);
        line[written + 1] = (byte)'\r';
        line[written + 2] = (byte)'\n';
        Append(line[..(written + 3)]);
    }

    private void Append(byte b) => _buffer.Append(b);

    private void Append(ReadOnlySpan<byte> bytes) => _buffer.Append(bytes);
}
