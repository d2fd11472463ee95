using System.Globalization;
using System.Text;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace RedisHost;

/// <summary>The server side of RESP: reads command arrays (replies are written by <see cref="RespReplyWriter"/>).</summary>
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
}
