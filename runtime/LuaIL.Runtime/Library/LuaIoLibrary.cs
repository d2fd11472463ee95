namespace LuaIL.Runtime;

/// <summary>Lua 5.1's <c>io</c> library (<c>liolib.c</c>): files are userdata holding a <see cref="LuaFile"/>, sharing one metatable that is its own <c>__index</c>.</summary>
/// <remarks>
/// Results follow 5.1: <c>write</c> returns true (not the file); failures return
/// <c>nil, "name: strerror", errno</c>; reading past the end gives nil. Standard output writes to
/// <see cref="LuaState.StandardOutput"/>, the stream <c>print</c> uses, so the two interleave.
/// </remarks>
public static class LuaIoLibrary
{
    /// <summary>The state's io machinery: the file metatable and the default input and output.</summary>
    private sealed class IoState
    {
        public readonly LuaTable FileMeta = new();
        public LuaValue Input;
        public LuaValue Output;

        public LuaValue NewFile(LuaFile f) => new(new LuaUserData(f) { Metatable = FileMeta }, 0);
    }

    public static void Open(LuaState L)
    {
        var io = new IoState();
        var meta = io.FileMeta;
        // liolib.c's createmeta: __index first, then the methods in flib order.
        meta.RawSet(LuaMetaNames.Get(LuaMetaEvent.Index), new LuaValue(meta));
        LuaStandardLibrary.Register(meta, "close", (L, a) => Close(L, a, io));
        LuaStandardLibrary.Register(meta, "flush", (L, a) => Result(L, ToFile(L, a).Flush, null));
        LuaStandardLibrary.Register(meta, "lines", (L, a) =>
        {
            var f = ToFile(L, a);
            return L.Return1(Lines(f, a[0], false));
        });
        LuaStandardLibrary.Register(meta, "read", (L, a) => Read(L, ToFile(L, a), a, 2));
        LuaStandardLibrary.Register(meta, "seek", Seek);
        LuaStandardLibrary.Register(meta, "setvbuf", Setvbuf);
        LuaStandardLibrary.Register(meta, "write", (L, a) => Write(L, ToFile(L, a), a, 2));
        // io_gc checks its argument like every method (luaL_checkudata); collection itself is the GC's.
        LuaStandardLibrary.Register(meta, "__gc", (L, a) =>
        {
            TopFile(L, a);
            return L.Return0();
        });
        LuaStandardLibrary.Register(meta, "__tostring", Tostring);

        var lib = new LuaTable(0, 11);
        LuaStandardLibrary.Register(lib, "close", (L, a) => Close(L, a.Length == 0 ? [io.Output] : a, io));
        LuaStandardLibrary.Register(lib, "flush", (L, a) => Result(L, GetIoFile(L, io.Output, "output").Flush, null));
        LuaStandardLibrary.Register(lib, "input", (L, a) => IoFile(L, a, io, ref io.Input, "r"));
        LuaStandardLibrary.Register(lib, "lines", (L, a) => IoLines(L, a, io));
        LuaStandardLibrary.Register(lib, "open", (L, a) => IoOpen(L, a, io));
        LuaStandardLibrary.Register(lib, "output", (L, a) => IoFile(L, a, io, ref io.Output, "w"));
        LuaStandardLibrary.Register(lib, "popen", (L, a) => throw LuaErrors.Error(L, 1, "'popen' not supported"));
        LuaStandardLibrary.Register(lib, "read", (L, a) => Read(L, GetIoFile(L, io.Input, "input"), a, 1));
        LuaStandardLibrary.Register(lib, "tmpfile", (L, a) => TmpFile(L, io));
        LuaStandardLibrary.Register(lib, "type", Type);
        LuaStandardLibrary.Register(lib, "write", (L, a) => Write(L, GetIoFile(L, io.Output, "output"), a, 1));

        var stdin = new LuaFile(Console.OpenStandardInput(), canRead: true, canWrite: false, isStandard: true);
        var stdout = new LuaFile(() => L.StandardOutput, canRead: false, canWrite: true);
        var stderr = new LuaFile(Console.OpenStandardError(), canRead: false, canWrite: true, isStandard: true) { AutoFlush = true };
        io.Input = io.NewFile(stdin);
        io.Output = io.NewFile(stdout);
        lib.RawSet(LuaString.Intern("stdin"), io.Input);
        lib.RawSet(LuaString.Intern("stdout"), io.Output);
        lib.RawSet(LuaString.Intern("stderr"), io.NewFile(stderr));
        L.Globals.RawSet(LuaString.Intern("io"), new LuaValue(lib));
    }

    // luaL_checkudata(L, 1, "FILE*"): the handle itself, closed or not.
    private static LuaFile TopFile(LuaState L, ReadOnlySpan<LuaValue> args)
        => (LuaArgs.Arg(args, 1).Obj as LuaUserData)?.Payload as LuaFile ?? throw LuaArgs.TypeError(L, args, 1, "FILE*");

    // tofile: an open handle.
    private static LuaFile ToFile(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var f = TopFile(L, args);
        if (f.IsClosed) throw LuaErrors.Error(L, 1, "attempt to use a closed file");
        return f;
    }

    private static LuaFile GetIoFile(LuaState L, LuaValue v, string which)
    {
        var f = (LuaFile)((LuaUserData)v.Obj!).Payload!;
        if (f.IsClosed) throw LuaErrors.Error(L, 1, $"standard {which} file is closed");
        return f;
    }

    /// <summary>5.1's <c>pushresult</c>: true, or <c>nil, message, errno</c> when <paramref name="action"/> fails.</summary>
    private static LuaValue Result(LuaState L, Action action, LuaString? name)
    {
        try
        {
            action();
            return L.Return1(LuaValue.True);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return LuaOsLibrary.PushError(L, name, e is NotSupportedException ? LuaErrno.EBADF : LuaErrno.FromException(e));
        }
    }

    private static LuaValue Close(LuaState L, ReadOnlySpan<LuaValue> args, IoState io)
    {
        var f = ToFile(L, args);
        if (f.IsStandard) return L.Return2(default, LuaValue.String("cannot close standard file"));
        return Result(L, f.Close, null);
    }

    private static LuaValue Tostring(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var f = TopFile(L, args);
        return L.Return1(LuaValue.String(f.IsClosed ? "file (closed)" : $"file ({LuaConvert.AddressOf(f)})"));
    }

    private static LuaValue Type(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        LuaArgs.CheckAny(L, args, 1);
        if ((args[0].Obj as LuaUserData)?.Payload is not LuaFile f) return L.Return1(default);
        return L.Return1(LuaValue.String(f.IsClosed ? "closed file" : "file"));
    }

    private static LuaValue IoOpen(LuaState L, ReadOnlySpan<LuaValue> args, IoState io)
    {
        var name = LuaArgs.CheckString(L, args, 1);
        var mode = LuaArgs.OptString(L, args, 2, LuaString.FromLatin1("r"));
        var f = OpenFile(LuaOsLibrary.PathOf(name), LuaOsLibrary.CString(mode.Span), out int errno);
        return f is null ? LuaOsLibrary.PushError(L, name, errno) : L.Return1(io.NewFile(f));
    }

    /// <summary>C's <c>fopen</c>: modes r w a with optional + (and b, ignored); null and an errno on failure.</summary>
    internal static LuaFile? OpenFile(string path, ReadOnlySpan<byte> mode, out int errno)
    {
        errno = 0;
        if (mode.Length == 0 || mode[0] is not ((byte)'r' or (byte)'w' or (byte)'a'))
        {
            errno = LuaErrno.EINVAL;
            return null;
        }
        bool plus = mode[1..].IndexOf((byte)'+') >= 0;
        char kind = (char)mode[0];
        var (fileMode, access) = kind switch
        {
            'r' => (FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read),
            'w' => (FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write),
            _ => (FileMode.OpenOrCreate, plus ? FileAccess.ReadWrite : FileAccess.Write),
        };
        try
        {
            if (Directory.Exists(path))
            {
                // fopen opens a directory for reading; its reads then fail with EISDIR.
                if (access == FileAccess.Read) return new LuaFile(new FailingStream(LuaErrno.EISDIR), canRead: true, canWrite: false);
                errno = LuaErrno.EISDIR;
                return null;
            }
            var stream = new FileStream(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
            if (kind == 'a') stream.Seek(0, SeekOrigin.End);
            return new LuaFile(stream, access != FileAccess.Write, access != FileAccess.Read, append: kind == 'a');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errno = Directory.Exists(path) ? LuaErrno.EISDIR : LuaErrno.FromException(e);
            return null;
        }
    }

    // io.input / io.output: a file name opens that file, a handle replaces the default; both return the current one.
    private static LuaValue IoFile(LuaState L, ReadOnlySpan<LuaValue> args, IoState io, ref LuaValue slot, string mode)
    {
        if (!LuaArgs.IsNoneOrNil(args, 1))
        {
            if (LuaConvert.ToLuaString(args[0]) is { } name)
            {
                var f = OpenFile(LuaOsLibrary.PathOf(name), System.Text.Encoding.ASCII.GetBytes(mode), out int errno)
                    ?? throw LuaArgs.ArgError(L, 1, $"{name.ToLatin1()}: {LuaErrno.Message(errno)}");
                slot = io.NewFile(f);
            }
            else
            {
                ToFile(L, args);
                slot = args[0];
            }
        }
        return L.Return1(slot);
    }

    private static LuaValue IoLines(LuaState L, ReadOnlySpan<LuaValue> args, IoState io)
    {
        if (LuaArgs.IsNoneOrNil(args, 1)) return L.Return1(Lines(ToFile(L, [io.Input]), io.Input, false));
        var name = LuaArgs.CheckString(L, args, 1);
        var f = OpenFile(LuaOsLibrary.PathOf(name), "r"u8, out int errno)
            ?? throw LuaArgs.ArgError(L, 1, $"{name.ToLatin1()}: {LuaErrno.Message(errno)}");
        return L.Return1(Lines(f, io.NewFile(f), true));
    }

    // The iterator keeps the handle alive; io.lines(name) closes its own file at the end.
    private static LuaValue Lines(LuaFile f, LuaValue handle, bool closeAtEof)
        => new(new LuaNativeFunction("?", (L, _) =>
        {
            GC.KeepAlive(handle.Obj);
            if (f.IsClosed) throw LuaErrors.Error(L, 1, "file is already closed");
            byte[]? line;
            try
            {
                line = f.ReadLine();
            }
            catch (Exception e) when (e is IOException or NotSupportedException)
            {
                throw LuaErrors.Error(L, 1, LuaErrno.Message(e is NotSupportedException ? LuaErrno.EBADF : LuaErrno.FromException(e)));
            }
            if (line is not null) return L.Return1(new LuaValue(new LuaString(line)));
            if (closeAtEof) f.Close();
            return L.Return0();
        }));

    private static LuaValue TmpFile(LuaState L, IoState io)
    {
        var path = Path.GetTempFileName();
        var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
        return L.Return1(io.NewFile(new LuaFile(stream, canRead: true, canWrite: true)));
    }

    /// <summary>5.1's <c>g_write</c>: numbers as <c>%.14g</c>, strings as bytes; true, or the failure triple.</summary>
    private static LuaValue Write(LuaState L, LuaFile f, ReadOnlySpan<LuaValue> args, int first)
    {
        bool ok = f.CanWrite;
        int errno = LuaErrno.EBADF;
        for (int arg = first; arg <= args.Length; arg++)
        {
            var s = args[arg - 1].IsNumber ? LuaConvert.NumberToLuaString(args[arg - 1].Num) : LuaArgs.CheckString(L, args, arg);
            if (!ok) continue;
            try
            {
                f.Write(s.Span);
            }
            catch (IOException e)
            {
                ok = false;
                errno = LuaErrno.FromException(e);
            }
        }
        return ok ? L.Return1(LuaValue.True) : LuaOsLibrary.PushError(L, null, errno);
    }

    /// <summary>5.1's <c>g_read</c>: each format in turn until one fails, whose result becomes nil; no format means <c>*l</c>.</summary>
    private static LuaValue Read(LuaState L, LuaFile f, ReadOnlySpan<LuaValue> args, int first)
    {
        if (!f.CanRead) return LuaOsLibrary.PushError(L, null, LuaErrno.EBADF);
        int nargs = Math.Max(0, args.Length - first + 1);
        var results = new LuaValue[Math.Max(nargs, 1)];
        int n = 0;
        try
        {
            if (nargs == 0)
            {
                var line = f.ReadLine();
                results[n++] = line is null ? default : new LuaValue(new LuaString(line));
                return L.ReturnMany(results.AsSpan(0, n));
            }
            bool success = true;
            for (int arg = first; arg <= args.Length && success; arg++)
            {
                var fmt = args[arg - 1];
                LuaValue r;
                if (fmt.IsNumber)
                {
                    long count = LuaArgs.NumberToInteger(fmt.Num);
                    if (count == 0)
                    {
                        success = f.Peek() >= 0;
                        r = new LuaValue(LuaString.Empty);
                    }
                    else
                    {
                        var bytes = f.ReadChars(count);
                        success = bytes.Length > 0;
                        r = new LuaValue(new LuaString(bytes));
                    }
                }
                else
                {
                    var p = LuaConvert.ToLuaString(fmt);
                    if (p is null || p.Length == 0 || p[0] != '*') throw LuaArgs.ArgError(L, arg, "invalid option");
                    switch (p.Length > 1 ? (char)p[1] : '\0')
                    {
                        case 'n':
                            success = f.TryReadNumber(out double d);
                            r = success ? new LuaValue(d) : default;
                            break;
                        case 'l':
                            var line = f.ReadLine();
                            success = line is not null;
                            r = line is null ? default : new LuaValue(new LuaString(line));
                            break;
                        case 'a':
                            r = new LuaValue(new LuaString(f.ReadChars(long.MaxValue)));
                            break;
                        default:
                            throw LuaArgs.ArgError(L, arg, "invalid format");
                    }
                }
                results[n++] = success ? r : default;
            }
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return LuaOsLibrary.PushError(L, null, e is NotSupportedException ? LuaErrno.EBADF : LuaErrno.FromException(e));
        }
        return L.ReturnMany(results.AsSpan(0, n));
    }

    private static readonly string[] SeekModes = ["set", "cur", "end"];
    private static readonly string[] BufferModes = ["no", "full", "line"];

    private static LuaValue Seek(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var f = ToFile(L, args);
        int op = CheckOption(L, args, 2, "cur", SeekModes);
        long offset = LuaArgs.OptInteger(L, args, 3, 0);
        try
        {
            return L.Return1(f.Seek(offset, (SeekOrigin)op));
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return LuaOsLibrary.PushError(L, null, e is NotSupportedException ? 29 : LuaErrno.FromException(e));
        }
    }

    private static LuaValue Setvbuf(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var f = ToFile(L, args);
        int mode = CheckOption(L, args, 2, null, BufferModes);
        LuaArgs.OptInteger(L, args, 3, 0);
        // The stream keeps its own buffer size; what other readers see follows the mode, as with setvbuf.
        f.Buffering = (LuaFileBuffering)mode;
        return L.Return1(LuaValue.True);
    }

    /// <summary><c>luaL_checkoption</c>: the index of the argument in <paramref name="names"/>, else <c>invalid option 'x'</c>.</summary>
    internal static int CheckOption(LuaState L, ReadOnlySpan<LuaValue> args, int arg, string? def, string[] names)
    {
        var s = def is null ? LuaArgs.CheckString(L, args, arg) : LuaArgs.OptString(L, args, arg, LuaString.FromLatin1(def));
        var text = s.ToLatin1();
        int i = Array.IndexOf(names, text);
        if (i < 0) throw LuaArgs.ArgError(L, arg, $"invalid option '{text}'");
        return i;
    }

    /// <summary>A readable stream whose every read fails with an errno (a directory opened as a file).</summary>
    private sealed class FailingStream(int errno) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => 0;
        public override long Position { get => 0; set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException(LuaErrno.Message(errno), errno);
        public override long Seek(long offset, SeekOrigin origin) => 0;
        public override void SetLength(long value) { }
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
