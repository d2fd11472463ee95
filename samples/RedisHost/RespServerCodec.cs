using System.Globalization;
using System.Text;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace RedisHost;

/// <summary>The server side of RESP: reads command arrays, writes replies in the client's protocol.</summary>
internal static class RespServerCodec
{
    /// <summary>The next command (an array of bulk strings, or an inline line), or null at end of stream.</summary>
    public static LuaString[]? ReadCommand(Stream s)
    {
        string? header = ReadLine(s);
        if (header is null) return null;
        if (header.Length == 0 || header[0] != '*')
            return [.. header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LuaString.From)];
        int n = int.Parse(header.AsSpan(1), CultureInfo.InvariantCulture);
        var args = new LuaString[n];
        for (int i = 0; i < n; i++)
        {
            var len = ReadLine(s) ?? throw new IOException("truncated command");
            var bytes = new byte[int.Parse(len.AsSpan(1), CultureInfo.InvariantCulture)];
            s.ReadExactly(bytes);
            s.ReadByte();
            s.ReadByte();
            args[i] = new LuaString(bytes);
        }
        return args;
    }

    private static string? ReadLine(Stream s)
    {
        var sb = new StringBuilder();
        while (true)
        {
            int c = s.ReadByte();
            if (c < 0) return sb.Length == 0 ? null : sb.ToString();
            if (c == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append((char)c);
        }
    }

    /// <summary>Writes <paramref name="r"/>; RESP3 types are expected to be downgraded already for protocol 2.</summary>
    public static void Write(Stream s, RedisReply r, int protocol)
    {
        switch (r.Kind)
        {
            case RedisReplyKind.Status: Line(s, '+', r.Bytes!.Span); break;
            case RedisReplyKind.Error: Line(s, '-', r.Bytes!.Span); break;
            case RedisReplyKind.Integer: Ascii(s, $":{r.Integer}\r\n"); break;
            case RedisReplyKind.Bulk: Bulk(s, '$', r.Bytes!.Span); break;
            case RedisReplyKind.Null: Ascii(s, protocol >= 3 ? "_\r\n" : "$-1\r\n"); break;
            case RedisReplyKind.Boolean: Ascii(s, r.Integer != 0 ? "#t\r\n" : "#f\r\n"); break;
            case RedisReplyKind.Double: Ascii(s, "," + RedisNumberFormat.DoubleReplyText(r.Double) + "\r\n"); break;
            case RedisReplyKind.BigNumber: Line(s, '(', r.Bytes!.Span); break;
            case RedisReplyKind.Verbatim:
                Bulk(s, '=', [.. Encoding.ASCII.GetBytes(r.Format! + ":"), .. r.Bytes!.Span]);
                break;
            default:
                var items = r.Items!;
                char type = r.Kind switch { RedisReplyKind.Map => '%', RedisReplyKind.Set => '~', _ => '*' };
                Ascii(s, $"{type}{(r.Kind == RedisReplyKind.Map ? items.Length / 2 : items.Length)}\r\n");
                foreach (var item in items) Write(s, item, protocol);
                break;
        }
    }

    private static void Line(Stream s, char type, ReadOnlySpan<byte> text)
    {
        s.WriteByte((byte)type);
        s.Write(text);
        s.Write("\r\n"u8);
    }

    private static void Bulk(Stream s, char type, ReadOnlySpan<byte> bytes)
    {
        Ascii(s, $"{type}{bytes.Length}\r\n");
        s.Write(bytes);
        s.Write("\r\n"u8);
    }

    private static void Ascii(Stream s, string text) => s.Write(Encoding.ASCII.GetBytes(text));
}
