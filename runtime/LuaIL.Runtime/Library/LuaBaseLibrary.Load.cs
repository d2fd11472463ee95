namespace LuaIL.Runtime;

// Run-time compilation: loadstring, load, loadfile, dofile, through the host's L.ChunkLoader.
public static partial class LuaBaseLibrary
{
    /// <summary>The message of every load function when the host plugged in no compiler.</summary>
    public const string NoCompilerMessage = "cannot load Lua source: no compiler in this host";

    private static readonly LuaNativeFunction DofileFn = new("dofile", Dofile);
    private static readonly LuaNativeFunction LoadFn = new("load", Load);

    /// <summary>Compiles <paramref name="source"/> as 5.1's <c>lua_load</c>: a function whose environment is the thread's globals, or the error message.</summary>
    public static bool TryLoad(LuaState L, ReadOnlySpan<byte> source, string chunkName, out LuaFunction? function, out LuaValue error)
    {
        function = null;
        error = default;
        if (L.ChunkLoader is not { } loader)
        {
            error = LuaValue.String(NoCompilerMessage);
            return false;
        }
        try
        {
            function = loader.Load(L, source, chunkName, ThreadGlobals(L));
            return true;
        }
        catch (LuaException e)
        {
            error = e.Value;
            return false;
        }
    }

    /// <summary>5.1's <c>luaL_loadfile</c>: reads a file (stdin when <paramref name="name"/> is null), skips a first line starting with <c>#</c>, and compiles it as <c>@name</c>.</summary>
    public static bool TryLoadFile(LuaState L, LuaString? name, out LuaFunction? function, out LuaValue error)
    {
        function = null;
        byte[] bytes;
        string chunkName;
        if (name is null)
        {
            chunkName = "=stdin";
            using var stdin = Console.OpenStandardInput();
            var ms = new MemoryStream();
            stdin.CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            var display = LuaString.From(LuaOsLibrary.CString(name.Span)).ToLatin1();
            chunkName = "@" + display;
            var path = LuaOsLibrary.PathOf(name);
            try
            {
                if (Directory.Exists(path))
                {
                    // fopen succeeds on a directory in C; the first read fails.
                    error = LuaValue.String($"cannot read {display}: {LuaErrno.Message(LuaErrno.EISDIR)}");
                    return false;
                }
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = new LuaValue(LuaString.FromLatin1($"cannot open {display}: {LuaErrno.Message(LuaErrno.FromException(e))}"));
                return false;
            }
        }
        ReadOnlySpan<byte> source = bytes;
        if (source.Length > 0 && source[0] == '#')
        {
            // The comment line goes, its newline stays, so line numbers are unchanged.
            int nl = source.IndexOf((byte)'\n');
            source = nl < 0 ? [] : source[nl..];
        }
        return TryLoad(L, source, chunkName, out function, out error);
    }

    private static LuaValue LoadResult(LuaState L, bool ok, LuaFunction? f, LuaValue error)
        => ok ? L.Return1(new LuaValue(f)) : L.Return2(default, error);

    private static LuaValue Loadstring(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var s = LuaArgs.CheckString(L, args, 1);
        // The chunk name is a C string: a source with a zero byte names itself only up to it.
        var name = LuaArgs.IsNoneOrNil(args, 2) ? LuaString.From(LuaOsLibrary.CString(s.Span)) : LuaArgs.CheckString(L, args, 2);
        bool ok = TryLoad(L, s.Span, LuaString.From(LuaOsLibrary.CString(name.Span)).ToLatin1(), out var f, out var error);
        return LoadResult(L, ok, f, error);
    }

    // load(reader [, chunkname]): the compiler pulls pieces as it needs them, until nil or an empty
    // string; reader errors (and a piece that is not a string) become the message.
    private static LuaValue Load(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var name = LuaArgs.OptString(L, args, 2, LuaString.FromLatin1("=(load)"));
        var reader = LuaArgs.CheckFunction(L, args, 1);
        if (L.ChunkLoader is not { } loader) return L.Return2(default, LuaValue.String(NoCompilerMessage));
        var saved = L.Save();
        try
        {
            int depth = L.EnterNative(LoadFn);
            ReadOnlyMemory<byte> NextPiece()
            {
                var piece = reader.Invoke(L);
                L.Depth = depth;
                if (L.NRet == 0 || piece.IsNil) return default;
                if (LuaConvert.ToLuaString(piece) is not { } s)
                    throw LuaErrors.Error(L, 1, "reader function must return a string");
                return s.Bytes;
            }
            var f = loader.Load(L, NextPiece, LuaString.From(LuaOsLibrary.CString(name.Span)).ToLatin1(), ThreadGlobals(L));
            L.Depth = saved.Depth;
            return L.Return1(new LuaValue(f));
        }
        catch (LuaException e)
        {
            L.Restore(saved);
            return L.Return2(default, e.Value);
        }
    }

    private static LuaValue Loadfile(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var name = LuaArgs.IsNoneOrNil(args, 1) ? null : LuaArgs.CheckString(L, args, 1);
        bool ok = TryLoadFile(L, name, out var f, out var error);
        return LoadResult(L, ok, f, error);
    }

    // dofile raises load errors as they are (no position) and returns every result of the chunk.
    private static LuaValue Dofile(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var name = LuaArgs.IsNoneOrNil(args, 1) ? null : LuaArgs.CheckString(L, args, 1);
        if (!TryLoadFile(L, name, out var f, out var error)) throw new LuaException(error);
        int depth = L.Depth;
        L.EnterNative(DofileFn);
        var first = f!.Invoke(L);
        L.Depth = depth;
        return first;
    }
}
