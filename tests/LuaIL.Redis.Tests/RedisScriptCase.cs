using System.Text;
using LuaIL.Runtime;

namespace LuaIL.Redis.Tests;

/// <summary>One differential script: its body and the header comments that say how to run it.</summary>
/// <remarks>
/// Header lines (leading <c>--</c> comments, any order): <c>-- keys: a b</c>, <c>-- args: x "" -1</c>,
/// <c>-- setup: RPUSH l a b</c> (repeatable), <c>-- resp: 3</c> (the client's protocol, HELLO 3),
/// <c>-- ro: yes</c> (EVAL_RO). Words split on spaces; <c>""</c> is the empty string and
/// <c>"a b"</c> keeps its space.
/// </remarks>
public sealed record RedisScriptCase(string Name, byte[] Body, LuaString[] Keys, LuaString[] Args, List<LuaString[]> Setup, int Resp, bool ReadOnly)
{
    public static RedisScriptCase Load(string path)
    {
        var body = File.ReadAllBytes(path);
        var keys = Array.Empty<LuaString>();
        var args = Array.Empty<LuaString>();
        var setup = new List<LuaString[]>();
        int resp = 2;
        bool ro = false;
        foreach (var raw in Encoding.UTF8.GetString(body).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("#!", StringComparison.Ordinal)) continue;
            if (!line.StartsWith("-- ", StringComparison.Ordinal)) break;
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var field = line[3..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (field)
            {
                case "keys": keys = Words(value); break;
                case "args": args = Words(value); break;
                case "setup": setup.Add(Words(value)); break;
                case "resp": resp = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "ro": ro = value == "yes"; break;
            }
        }
        return new RedisScriptCase(Path.GetFileNameWithoutExtension(path), body, keys, args, setup, resp, ro);
    }

    private static LuaString[] Words(string text)
    {
        var words = new List<LuaString>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ') { i++; continue; }
            var sb = new StringBuilder();
            if (text[i] == '"')
            {
                int end = text.IndexOf('"', i + 1);
                sb.Append(text, i + 1, end - i - 1);
                i = end + 1;
            }
            else
            {
                while (i < text.Length && text[i] != ' ') sb.Append(text[i++]);
            }
            words.Add(LuaString.From(sb.ToString()));
        }
        return [.. words];
    }

    public override string ToString() => Name;
}
