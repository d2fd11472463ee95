using System.Text;
using LuaIL.Compiler;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace LuaIL.Cli;

/// <summary><c>luac-il eval --redis HOST:PORT [--resp 2|3] SCRIPT.lua NUMKEYS [KEY...] [ARG...]</c>: runs a script as Redis's EVAL would, its commands forwarded to a real server, and prints the reply as <c>redis-cli --no-raw</c>.</summary>
internal static class EvalCommand
{
    private const string UsageText = "usage: luac-il eval --redis HOST:PORT [--resp 2|3] SCRIPT.lua NUMKEYS [KEY...] [ARG...]";

    // Deep Lua recursion must end in a Lua 'stack overflow', not a dead process.
    private const int ScriptThreadStack = 256 * 1024 * 1024;

    public static int Execute(string[] args)
    {
        string? server = null;
        int resp = 2;
        int i = 0;
        // Options come before the script; everything after it is passed verbatim (even "-1" or "--resp").
        for (; i < args.Length && args[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            if (args[i] == "--redis" && i + 1 < args.Length) server = args[++i];
            else if (args[i] == "--resp" && i + 1 < args.Length && args[i + 1] is "2" or "3") resp = args[++i][0] - '0';
            else return Usage($"bad option '{args[i]}'");
        }
        if (server is null) return Usage("--redis HOST:PORT is required");
        if (i + 1 >= args.Length) return Usage("SCRIPT.lua and NUMKEYS are required");
        byte[] body;
        try
        {
            body = File.ReadAllBytes(args[i]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"luac-il: cannot open {args[i]}");
            return 1;
        }
        var argv = new List<LuaString> { LuaString.FromLatin1("EVAL"), new(body) };
        // Arguments reach the script as the bytes the shell gave (UTF-8), as redis-cli sends them.
        foreach (var a in args[(i + 1)..]) argv.Add(LuaString.From(a));

        RedisReply? reply = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                using var client = RespClient.Connect(server);
                var host = new RedisForwardingHost(client);
                using var engine = new RedisScriptEngine(LuaChunkLoader.Instance, host);
                reply = engine.Execute(argv.ToArray(), resp);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
            {
                failure = e;
            }
        }, ScriptThreadStack);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            Console.Error.WriteLine($"Could not connect to Redis at {server}: {failure.Message}");
            return 1;
        }
        var text = RedisCliFormatter.TryFormat(reply!);
        if (text is null)
        {
            Console.Error.WriteLine("Unknown reply type: 13");
            return 1;
        }
        var stdout = Console.OpenStandardOutput();
        stdout.Write(Encoding.Latin1.GetBytes(text));
        stdout.Flush();
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"luac-il: {problem}\n{UsageText}");
        return 2;
    }
}
