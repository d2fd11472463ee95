using System.Net;
using System.Net.Sockets;
using LuaIL.Compiler;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace RedisHost;

/// <summary>A toy Redis-compatible server: an in-memory store whose EVAL, EVALSHA, FCALL, SCRIPT and FUNCTION run on LuaIL. Try <c>redis-cli -p 6380 eval "return redis.call('incr', KEYS[1])" 1 n</c>.</summary>
internal static class Program
{
    private static readonly Lock Gate = new();

    private static void Main(string[] args)
    {
        int port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 6380;
        var store = new MemoryStore();
        // The compiler is the chunk loader: scripts first seen at run time compile to collectible in-memory IL.
        using var engine = new RedisScriptEngine(LuaChunkLoader.Instance, store, new RedisEngineOptions(MemoryLimitBytes: 256 << 20));
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Console.WriteLine($"LuaIL sample Redis host on 127.0.0.1:{port}");
        while (true)
        {
            var socket = listener.AcceptTcpClient();
            // A big stack: deep Lua recursion must end in Lua's 'stack overflow', never kill the process.
            new Thread(() => Serve(socket, store, engine), 64 * 1024 * 1024) { IsBackground = true }.Start();
        }
    }

    private static void Serve(TcpClient socket, MemoryStore store, RedisScriptEngine engine)
    {
        using var _ = socket;
        var stream = new BufferedStream(socket.GetStream());
        var connection = new RedisConnection(store, engine, Gate, socket);
        while (RespServerCodec.ReadCommand(stream) is { } argv)
        {
            if (argv.Length == 0) continue;
            connection.Handle(argv);
            stream.Write(connection.Output.WrittenSpan);
            stream.Flush();
        }
    }
}
