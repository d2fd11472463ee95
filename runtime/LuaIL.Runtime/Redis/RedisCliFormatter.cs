using System.Globalization;
using System.Text;

namespace LuaIL.Runtime.Redis;

/// <summary>Prints a reply exactly as <c>redis-cli --no-raw</c> 7.0 does (<c>cliFormatReplyTTY</c>): <c>(integer) 1</c>, <c>1) "a"</c>, <c>1# "k" =&gt; "v"</c>, ...</summary>
public static class RedisCliFormatter
{
    /// <summary>The text redis-cli writes to stdout (ending in a newline), or null when it has no format for a type in the reply (big numbers: redis-cli 7.0 prints <c>Unknown reply type: 13</c> on stderr and exits 1).</summary>
    public static string? TryFormat(RedisReply reply)
    {
        var sb = new StringBuilder();
        return Append(sb, reply, "") ? sb.ToString() : null;
    }

    /// <summary>As <see cref="TryFormat"/>, with the stderr text in place of an unprintable reply.</summary>
    public static string Format(RedisReply reply) => TryFormat(reply) ?? "Unknown reply type: 13\n";

    private static bool Append(StringBuilder sb, RedisReply r, string prefix)
    {
        switch (r.Kind)
        {
            case RedisReplyKind.Error:
                sb.Append("(error) ").Append(CString(r.Bytes!)).Append('\n');
                return true;
            case RedisReplyKind.Status:
                sb.Append(CString(r.Bytes!)).Append('\n');
                return true;
            case RedisReplyKind.Integer:
                sb.Append("(integer) ").Append(r.Integer.ToString(CultureInfo.InvariantCulture)).Append('\n');
                return true;
            case RedisReplyKind.Double:
                sb.Append("(double) ").Append(RedisNumberFormat.DoubleReplyText(r.Double)).Append('\n');
                return true;
            case RedisReplyKind.Bulk:
                AppendRepr(sb, r.Bytes!.Span);
                sb.Append('\n');
                return true;
            case RedisReplyKind.Verbatim:
                sb.Append(r.Bytes!.ToLatin1()).Append('\n');
                return true;
            case RedisReplyKind.Null:
                sb.Append("(nil)\n");
                return true;
            case RedisReplyKind.Boolean:
                sb.Append(r.Integer != 0 ? "(true)\n" : "(false)\n");
                return true;
            case RedisReplyKind.Array:
            case RedisReplyKind.Map:
            case RedisReplyKind.Set:
                return AppendAggregate(sb, r, prefix);
            default:
                return false;
        }
    }

    private static bool AppendAggregate(StringBuilder sb, RedisReply r, string prefix)
    {
        var items = r.Items!;
        if (items.Length == 0)
        {
            sb.Append(r.Kind switch { RedisReplyKind.Map => "(empty hash)\n", RedisReplyKind.Set => "(empty set)\n", _ => "(empty array)\n" });
            return true;
        }
        bool map = r.Kind == RedisReplyKind.Map;
        int count = map ? items.Length / 2 : items.Length;
        int idxLen = count.ToString(CultureInfo.InvariantCulture).Length;
        string childPrefix = prefix + new string(' ', idxLen + 2);
        char sep = r.Kind switch { RedisReplyKind.Set => '~', RedisReplyKind.Map => '#', _ => ')' };
        for (int i = 0; i < items.Length; i++)
        {
            int human = (map ? i / 2 : i) + 1;
            sb.Append(i == 0 ? "" : prefix).Append(human.ToString(CultureInfo.InvariantCulture).PadLeft(idxLen)).Append(sep).Append(' ');
            if (!Append(sb, items[i], childPrefix)) return false;
            if (map)
            {
                i++;
                sb.Length--; // the key's newline
                sb.Append(" => ");
                if (IsMultiline(items[i])) sb.Append('\n').Append(childPrefix);
                if (!Append(sb, items[i], childPrefix)) return false;
            }
        }
        return true;
    }

    private static bool IsMultiline(RedisReply r) => r.Kind switch
    {
        RedisReplyKind.Array or RedisReplyKind.Set => r.Items!.Length > 1 || (r.Items.Length == 1 && IsMultiline(r.Items[0])),
        RedisReplyKind.Map => r.Items!.Length > 2 || (r.Items.Length == 2 && IsMultiline(r.Items[1])),
        _ => false,
    };

    // Status and error texts are C strings in redis-cli: they end at a zero byte.
    private static string CString(LuaString s)
    {
        int z = s.Span.IndexOf((byte)0);
        return z < 0 ? s.ToLatin1() : LuaString.From(s.Span[..z]).ToLatin1();
    }

    /// <summary><c>sdscatrepr</c>: quoted, with C escapes and <c>\xHH</c> for bytes that are not printable ASCII.</summary>
    public static void AppendRepr(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        sb.Append('"');
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'"': sb.Append("\\\""); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case 7: sb.Append("\\a"); break;
                case 8: sb.Append("\\b"); break;
                default:
                    if (b >= 0x20 && b < 0x7f) sb.Append((char)b);
                    else sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                    break;
            }
        }
        sb.Append('"');
    }
}
