using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace LuaIL.Runtime.Redis;

/// <summary>A small blocking RESP2/RESP3 client: sends commands as arrays of bulk strings and parses every reply type into <see cref="RedisReply"/>.</summary>
public sealed class RespClient : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly BufferedStream _stream;

    public RespClient(string host, int port)
    {
        _tcp = new TcpClient { NoDelay = true };
        _tcp.Connect(host, port);
        _stream = new BufferedStream(_tcp.GetStream(), 1 << 16);
    }

    /// <summary>The protocol this connection speaks (2 until <see cref="SetProtocol"/> switched it with HELLO).</summary>
    public int Protocol { get; private set; } = 2;

    /// <summary>Parses <c>HOST:PORT</c>.</summary>
    public static RespClient Connect(string hostPort)
    {
        int colon = hostPort.LastIndexOf(':');
        if (colon < 0) return new RespClient(hostPort, 6379);
        return new RespClient(hostPort[..colon], int.Parse(hostPort[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>Switches the connection to RESP2 or RESP3 with HELLO.</summary>
    public void SetProtocol(int protocol)
    {
        if (protocol == Protocol) return;
        var reply = Call("HELLO", protocol.ToString(CultureInfo.InvariantCulture));
        if (reply.IsError) throw new IOException("HELLO failed: " + reply.Bytes);
        Protocol = protocol;
    }

    public RedisReply Call(params string[] args)
    {
        var a = new LuaString[args.Length];
        for (int i = 0; i < args.Length; i++) a[i] = LuaString.From(args[i]);
        return Call(a);
    }

    /// <summary>Sends one command and reads its reply.</summary>
    public RedisReply Call(ReadOnlySpan<LuaString> args)
    {
        Write(args);
        _stream.Flush();
        return Read();
    }

    private void Write(ReadOnlySpan<LuaString> args)
    {
        WriteAscii($"*{args.Length}\r\n");
        foreach (var a in args)
        {
            WriteAscii($"${a.Length}\r\n");
            _stream.Write(a.Span);
            _stream.Write("\r\n"u8);
        }
    }

    private void WriteAscii(string s) => _stream.Write(Encoding.ASCII.GetBytes(s));

    /// <summary>Reads one reply; attributes are read and dropped, push messages skipped.</summary>
    public RedisReply Read()
    {
        while (true)
        {
            int type = _stream.ReadByte();
            if (type < 0) throw new IOException("connection closed");
            string line = ReadLine();
            switch (type)
            {
                case '+': return RedisReply.Status(LuaString.FromLatin1(line));
                case '-': return RedisReply.Error(LuaString.FromLatin1(line));
                case ':': return RedisReply.FromInteger(long.Parse(line, CultureInfo.InvariantCulture));
                case '$':
                {
                    int n = int.Parse(line, CultureInfo.InvariantCulture);
                    return n < 0 ? RedisReply.Null : RedisReply.Bulk(new LuaString(ReadBlock(n)));
                }
                case '*':
                {
                    int n = int.Parse(line, CultureInfo.InvariantCulture);
                    return n < 0 ? RedisReply.Null : RedisReply.Array(ReadItems(n));
                }
                case '_': return RedisReply.Null;
                case '#': return RedisReply.Boolean(line == "t");
                case ',': return RedisReply.FromDouble(ParseDouble(line));
                case '(': return RedisReply.BigNumber(LuaString.FromLatin1(line));
                case '=':
                {
                    var block = ReadBlock(int.Parse(line, CultureInfo.InvariantCulture));
                    return RedisReply.Verbatim(Encoding.Latin1.GetString(block, 0, 3), LuaString.From(block.AsSpan(4)));
                }
                case '%': return RedisReply.Map(ReadItems(2 * int.Parse(line, CultureInfo.InvariantCulture)));
                case '~': return RedisReply.Set(ReadItems(int.Parse(line, CultureInfo.InvariantCulture)));
                case '|':
                    ReadItems(2 * int.Parse(line, CultureInfo.InvariantCulture));
                    continue;
                case '>':
                    ReadItems(int.Parse(line, CultureInfo.InvariantCulture));
                    continue;
                default:
                    throw new IOException($"bad RESP type byte {type}");
            }
        }
    }

    private static double ParseDouble(string s) => s switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" or "-nan" => double.NaN,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private RedisReply[] ReadItems(int n)
    {
        var items = new RedisReply[n];
        for (int i = 0; i < n; i++) items[i] = Read();
        return items;
    }

    private byte[] ReadBlock(int n)
    {
        var b = new byte[n];
        _stream.ReadExactly(b);
        _stream.ReadByte();
        _stream.ReadByte();
        return b;
    }

    private string ReadLine()
    {
        var sb = new StringBuilder();
        while (true)
        {
            int c = _stream.ReadByte();
            if (c < 0) throw new IOException("connection closed");
            if (c == '\r')
            {
                _stream.ReadByte();
                return sb.ToString();
            }
            sb.Append((char)c);
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        _tcp.Dispose();
    }
}
