using System.Text;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace RedisHost;

/// <summary>One client's view of the server: runs its commands, one at a time, into its reply buffer.</summary>
/// <remarks>
/// The whole per-command path except the socket: the caller parses a request into <c>argv</c>, calls
/// <see cref="Handle"/>, and sends <see cref="Output"/>'s bytes. Scripting commands go to the engine,
/// the rest to the store; both write RESP straight into <see cref="Output"/>.
/// </remarks>
public sealed class RedisConnection(MemoryStore store, RedisScriptEngine engine, Lock gate, object? client = null)
{
    /// <summary>The RESP of the last command's reply, in this client's protocol.</summary>
    public RespReplyWriter Output { get; } = new();

    /// <summary>Runs one command; its reply replaces what <see cref="Output"/> held.</summary>
    public void Handle(ReadOnlySpan<LuaString> argv)
    {
        Output.Clear();
        if (argv.Length == 0) return;
        if (Ascii.EqualsIgnoreCase(argv[0].Span, "HELLO"u8))
        {
            if (argv.Length > 1) Output.Protocol = argv[1].ToString() == "3" ? 3 : 2;
            Output.Write(RedisReply.Map(RedisReply.Bulk("server"), RedisReply.Bulk("luail-sample"), RedisReply.Bulk("proto"), RedisReply.FromInteger(Output.Protocol)));
        }
        else if (IsKill(argv))
        {
            // Kill must not wait for the script it kills: it bypasses the gate, as Redis serves it from inside the busy loop.
            engine.Execute(argv, Output, Output.Protocol);
        }
        else
        {
            lock (gate)
            {
                if (!engine.Execute(argv, Output, Output.Protocol, client)) store.Execute(argv, Output);
            }
        }
    }

    private static bool IsKill(ReadOnlySpan<LuaString> argv)
        => argv.Length == 2 && Ascii.EqualsIgnoreCase(argv[1].Span, "KILL"u8)
            && (Ascii.EqualsIgnoreCase(argv[0].Span, "SCRIPT"u8) || Ascii.EqualsIgnoreCase(argv[0].Span, "FUNCTION"u8));
}
