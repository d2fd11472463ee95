using System.Text;

namespace LuaIL.Runtime;

/// <summary>Runs a compiled main chunk the way <c>lua5.1 script.lua args...</c> does: globals, <c>arg</c>, errors with a traceback on stderr, exit codes.</summary>
public static class LuaScriptHost
{
    /// <summary>Stack for the thread that runs scripts: deep (but bounded) Lua recursion must end in a Lua <c>stack overflow</c>, not a dead process.</summary>
    private const int ScriptThreadStack = 512 * 1024 * 1024;

    /// <summary>Entry point of executables built by <c>luac-il build --exe</c>; <paramref name="loader"/> makes <c>loadstring</c> and friends work.</summary>
    public static int RunMain(LuaFunction chunk, string scriptName, string[] args, ILuaChunkLoader? loader)
        => Run(chunk, scriptName, args, Path.GetFileNameWithoutExtension(scriptName), L => L.ChunkLoader = loader);

    /// <summary>Runs <paramref name="chunk"/> on a thread with a large stack and returns the process exit code.</summary>
    /// <param name="programName">Prefix of error messages on stderr (<c>lua5.1:</c> in the reference).</param>
    /// <param name="configure">Called with the fresh state before the chunk runs (e.g. to plug in a chunk loader).</param>
    /// <param name="stdout">Where output goes; the process's standard output when null.</param>
    /// <param name="stderr">Where the error report goes; the process's standard error when null.</param>
    public static int Run(LuaFunction chunk, string scriptName, string[] args, string programName, Action<LuaState>? configure,
        Stream? stdout = null, Stream? stderr = null)
    {
        int exitCode = 0;
        var thread = new Thread(() => exitCode = RunOnThisThread(chunk, scriptName, args, programName, configure,
            stdout ?? Console.OpenStandardOutput(), stderr), ScriptThreadStack);
        thread.Start();
        thread.Join();
        return exitCode;
    }

    private static int RunOnThisThread(LuaFunction chunk, string scriptName, string[] args, string programName, Action<LuaState>? configure,
        Stream output, Stream? errors)
    {
        var stdout = new BufferedStream(output, 1 << 16);
        var L = new LuaState { StandardOutput = stdout };
        LuaStandardLibrary.OpenAll(L);
        configure?.Invoke(L);
        if (chunk is LuaClosure closure) closure.Env = L.Globals;
        var argTable = new LuaTable(args.Length, 1);
        argTable.RawSet(0, LuaValue.String(scriptName));
        for (int i = 0; i < args.Length; i++) argTable.RawSet(i + 1, LuaValue.String(args[i]));
        L.Globals.RawSet(LuaString.Intern("arg"), argTable);

        var argv = new LuaValue[args.Length];
        for (int i = 0; i < args.Length; i++) argv[i] = LuaValue.String(args[i]);
        try
        {
            chunk.Invoke(L, argv);
            Close(L);
            stdout.Flush();
            return 0;
        }
        catch (LuaException e)
        {
            var traceback = Traceback(L);
            stdout.Flush();
            ReportError(errors, programName, e.Value, traceback);
            Close(L);
            stdout.Flush();
            return 1;
        }
        catch (LuaExitException e)
        {
            stdout.Flush();
            return e.ExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault in LuaIL itself: report it as an error of the script, never as a .NET crash.
            stdout.Flush();
            ReportError(errors, programName, LuaValue.String($"internal error: {e.GetType().Name}: {e.Message}"), Traceback(L));
            return 1;
        }
    }

    // lua.c's lua_close after the script, successful or not: the remaining proxies' __gc run (os.exit skips it).
    private static void Close(LuaState L)
    {
        L.Restore(new LuaState.SavedState(0, 0));
        L.Collector.Close(L);
    }

    private static void ReportError(Stream? errors, string programName, LuaValue error, string traceback)
    {
        var message = error.Obj switch
        {
            LuaString s => s.Bytes,
            _ when error.IsNumber => Encoding.ASCII.GetBytes(LuaConvert.NumberToString(error.Num)),
            _ => Encoding.ASCII.GetBytes($"(error object is not a string)"),
        };
        var stderr = errors ?? Console.OpenStandardError();
        stderr.Write(Encoding.UTF8.GetBytes(programName + ": "));
        stderr.Write(message);
        stderr.Write(Encoding.UTF8.GetBytes("\n" + traceback));
        stderr.Flush();
    }

    /// <summary>The Lua frames still recorded in <paramref name="L"/>, innermost first, in 5.1's traceback layout.</summary>
    public static string Traceback(LuaState L)
    {
        var sb = new StringBuilder("stack traceback:\n");
        for (int d = Math.Min(L.Depth, L.Frames.Length - 1); d >= 1; d--)
        {
            var frame = L.Frames[d];
            if (frame.Function is LuaClosure c)
            {
                var info = c.Info;
                int tails = L.TailCallsBelow(d);
                string where = info.LineDefined == 0
                    ? "in main chunk"
                    : tails == 0 && d > 1 && L.Frames[d - 1].Function is LuaClosure caller && caller.Info.Site(L.Frames[d - 1].Site).Name is { } name
                        ? $"in function '{name}'"
                        : $"in function <{info.ShortSource}:{info.LineDefined}>";
                int line = L.FrameLine(d);
                sb.Append('\t').Append(info.ShortSource).Append(':').Append(line > 0 ? line : info.LineDefined).Append(": ").Append(where).Append('\n');
                for (int i = 0; i < tails; i++) sb.Append("\t(tail call): ?\n");
            }
            else if (frame.Function is { } fn)
                sb.Append("\t[C]: in function '").Append(fn.Name).Append("'\n");
        }
        sb.Append("\t[C]: ?\n");
        return sb.ToString();
    }
}

/// <summary>Thrown by <c>os.exit</c> to end the script with an exit code after output is flushed.</summary>
public sealed class LuaExitException(int exitCode) : Exception($"os.exit({exitCode})")
{
    public int ExitCode { get; } = exitCode;
}
