using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace LuaIL.Runtime;

/// <summary>Lua 5.1's <c>os</c> library (<c>loslib.c</c>): time, clock, date, difftime, getenv, remove, rename, tmpname, execute, setlocale, exit.</summary>
/// <remarks>File operations report failures as 5.1's <c>os_pushresult</c> does: <c>nil, "name: strerror(errno)", errno</c>.</remarks>
public static partial class LuaOsLibrary
{
    public static void Open(LuaState L)
    {
        var os = new LuaTable(0, 11);
        LuaStandardLibrary.Register(os, "clock", Clock);
        LuaStandardLibrary.Register(os, "date", Date);
        LuaStandardLibrary.Register(os, "difftime", Difftime);
        LuaStandardLibrary.Register(os, "execute", Execute);
        LuaStandardLibrary.Register(os, "exit", Exit);
        LuaStandardLibrary.Register(os, "getenv", Getenv);
        LuaStandardLibrary.Register(os, "remove", Remove);
        LuaStandardLibrary.Register(os, "rename", Rename);
        LuaStandardLibrary.Register(os, "setlocale", Setlocale);
        LuaStandardLibrary.Register(os, "time", Time);
        LuaStandardLibrary.Register(os, "tmpname", Tmpname);
        L.Globals.RawSet(LuaString.Intern("os"), new LuaValue(os));
    }

    /// <summary>The bytes of a Lua string as a host path (file names are bytes on Unix; UTF-8 is the usual encoding).</summary>
    internal static string PathOf(LuaString s) => Encoding.UTF8.GetString(CString(s.Span));

    /// <summary>The bytes up to the first zero: what a C function taking a <c>const char*</c> sees.</summary>
    internal static ReadOnlySpan<byte> CString(ReadOnlySpan<byte> s)
    {
        int z = s.IndexOf((byte)0);
        return z >= 0 ? s[..z] : s;
    }

    /// <summary>5.1's <c>os_pushresult</c> / <c>pushresult</c> for a failure: <c>nil, "name: message", errno</c>.</summary>
    internal static LuaValue PushError(LuaState L, LuaString? name, int errno)
    {
        var text = LuaErrno.Message(errno);
        var msg = name is null ? LuaString.FromLatin1(text) : LuaString.Concat(LuaString.From(CString(name.Span)), LuaString.FromLatin1(": " + text));
        return L.Return3(default, new LuaValue(msg), new LuaValue(errno));
    }

    private static LuaValue Clock(LuaState L, ReadOnlySpan<LuaValue> args)
        => L.Return1(Environment.CpuUsage.TotalTime.TotalSeconds);

    private static LuaValue Time(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        if (LuaArgs.IsNoneOrNil(args, 1)) return L.Return1(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        LuaArgs.CheckType(L, args, 1, LuaType.Table);
        var t = args[0];
        // Read in loslib.c's order: a missing field is reported for the first one found missing.
        int sec = GetField(L, t, "sec", 0);
        int min = GetField(L, t, "min", 0);
        int hour = GetField(L, t, "hour", 12);
        int day = GetField(L, t, "day", -1);
        int month = GetField(L, t, "month", -1);
        int year = GetField(L, t, "year", -1);
        var dst = LuaOps.IndexStr(L, t, LuaString.FromLatin1("isdst"), null, 0);
        int isDst = dst.IsNil ? -1 : dst.IsTruthy ? 1 : 0;
        long r = LuaTime.MakeTime(year, month, day, hour, min, sec, isDst);
        // mktime's error value is -1, so that one second is unrepresentable in 5.1 as well.
        return L.Return1(r == -1 ? default : new LuaValue(r));
    }

    private static int GetField(LuaState L, LuaValue t, string key, int def)
    {
        var v = LuaOps.IndexStr(L, t, LuaString.FromLatin1(key), null, 0);
        if (LuaConvert.TryToNumber(v, out double d)) return unchecked((int)LuaArgs.NumberToInteger(d));
        if (def < 0) throw LuaErrors.Error(L, 1, $"field '{key}' missing in date table");
        return def;
    }

    private static LuaValue Date(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var format = CString(LuaArgs.OptString(L, args, 1, LuaString.FromLatin1("%c")).Span);
        long t = LuaArgs.IsNoneOrNil(args, 2)
            ? DateTimeOffset.UtcNow.ToUnixTimeSeconds()
            : LuaArgs.NumberToInteger(LuaArgs.CheckNumber(L, args, 2));
        bool utc = format.Length > 0 && format[0] == '!';
        if (utc) format = format[1..];
        if (LuaTime.Breakdown(t, utc) is not { } tm) return L.Return1(default);
        if (format.SequenceEqual("*t"u8))
        {
            var r = new LuaTable(0, 9);
            SetField(r, "sec", tm.Sec);
            SetField(r, "min", tm.Min);
            SetField(r, "hour", tm.Hour);
            SetField(r, "day", tm.Day);
            SetField(r, "month", tm.Month);
            SetField(r, "year", tm.Year);
            SetField(r, "wday", tm.Wday + 1);
            SetField(r, "yday", tm.Yday + 1);
            r.RawSet(LuaString.FromLatin1("isdst"), LuaValue.Boolean(tm.IsDst));
            return L.Return1(new LuaValue(r));
        }
        var bytes = new List<byte>(format.Length * 2);
        var sb = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 == format.Length)
            {
                bytes.Add(format[i]);
                continue;
            }
            sb.Clear();
            LuaTime.Format(sb, format[++i], tm);
            // Conversions produce ASCII, except an unknown byte echoed back: keep it a byte.
            foreach (char ch in sb.ToString()) bytes.Add((byte)ch);
        }
        return L.Return1(new LuaValue(new LuaString(bytes.ToArray())));
    }

    private static void SetField(LuaTable t, string key, double v) => t.RawSet(LuaString.FromLatin1(key), new LuaValue(v));

    private static LuaValue Difftime(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        long t1 = LuaArgs.NumberToInteger(LuaArgs.CheckNumber(L, args, 1));
        long t2 = LuaArgs.NumberToInteger(LuaArgs.OptNumber(L, args, 2, 0));
        return L.Return1((double)t1 - t2);
    }

    private static LuaValue Getenv(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var v = Environment.GetEnvironmentVariable(PathOf(LuaArgs.CheckString(L, args, 1)));
        return L.Return1(v is null ? default : LuaValue.String(v));
    }

    private static LuaValue Exit(LuaState L, ReadOnlySpan<LuaValue> args)
        => throw new LuaExitException(LuaArgs.OptInt(L, args, 1, 0));

    private static LuaValue Remove(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var name = LuaArgs.CheckString(L, args, 1);
        int errno = LuaFileSystem.Remove(PathOf(name));
        return errno == 0 ? L.Return1(LuaValue.True) : PushError(L, name, errno);
    }

    private static LuaValue Rename(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var from = LuaArgs.CheckString(L, args, 1);
        var to = LuaArgs.CheckString(L, args, 2);
        int errno = LuaFileSystem.Rename(PathOf(from), PathOf(to));
        return errno == 0 ? L.Return1(LuaValue.True) : PushError(L, from, errno);
    }

    // 5.1 on Linux uses mkstemp("/tmp/lua_XXXXXX"): the file is created (empty) so the name stays reserved.
    private static LuaValue Tmpname(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        const string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        string dir = OperatingSystem.IsWindows() ? Path.GetTempPath() : "/tmp/";
        for (int attempt = 0; attempt < 100; attempt++)
        {
            var name = dir + "lua_" + string.Create(6, 0, (span, _) =>
            {
                for (int i = 0; i < span.Length; i++) span[i] = chars[System.Security.Cryptography.RandomNumberGenerator.GetInt32(chars.Length)];
            });
            try
            {
                using (new FileStream(name, FileMode.CreateNew, FileAccess.Write)) { }
                return L.Return1(LuaValue.String(name));
            }
            catch (IOException) when (File.Exists(name))
            {
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break;
            }
        }
        throw LuaErrors.Error(L, 1, "unable to generate a unique filename");
    }

    private static LuaValue Execute(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        // system(NULL) asks whether a shell exists; system(cmd) returns the raw wait status (exit code << 8).
        var shell = OperatingSystem.IsWindows() ? "cmd.exe" : "/bin/sh";
        if (LuaArgs.IsNoneOrNil(args, 1)) return L.Return1(OperatingSystem.IsWindows() || File.Exists(shell) ? 1 : 0);
        var command = PathOf(LuaArgs.CheckString(L, args, 1));
        if (L.StandardOutput is { } output) output.Flush();
        var psi = new ProcessStartInfo(shell) { UseShellExecute = false };
        psi.ArgumentList.Add(OperatingSystem.IsWindows() ? "/c" : "-c");
        psi.ArgumentList.Add(command);
        try
        {
            using var p = Process.Start(psi)!;
            p.WaitForExit();
            return L.Return1(OperatingSystem.IsWindows() ? p.ExitCode : (p.ExitCode & 0xFF) << 8);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return L.Return1(-1);
        }
    }

    private static readonly string[] LocaleCategories = ["all", "collate", "ctype", "monetary", "numeric", "time"];

    // Only the C locale exists here (LuaIL formats numbers and dates as the C locale always).
    private static LuaValue Setlocale(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        LuaString? locale = LuaArgs.IsNoneOrNil(args, 1) ? null : LuaArgs.CheckString(L, args, 1);
        var cat = LuaArgs.OptString(L, args, 2, LuaString.FromLatin1("all")).ToLatin1();
        if (Array.IndexOf(LocaleCategories, cat) < 0) throw LuaArgs.ArgError(L, 2, $"invalid option '{cat}'");
        if (locale is null) return L.Return1(LuaValue.String("C"));
        var name = locale.ToLatin1();
        return L.Return1(name is "" or "C" or "POSIX" ? LuaValue.String(name == "" ? "C" : name) : default);
    }
}

/// <summary>File-system calls with C's error reporting (an <c>errno</c>), through libc on Unix and .NET elsewhere.</summary>
internal static partial class LuaFileSystem
{
    [LibraryImport("libc", EntryPoint = "remove", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int CRemove(string path);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int CRename(string from, string to);

    /// <summary>C's <c>remove</c>: 0, or the errno of the failure.</summary>
    public static int Remove(string path)
    {
        if (!OperatingSystem.IsWindows()) return CRemove(path) == 0 ? 0 : Marshal.GetLastPInvokeError();
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path);
            else if (File.Exists(path)) File.Delete(path);
            else return LuaErrno.ENOENT;
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LuaErrno.FromException(e);
        }
    }

    /// <summary>C's <c>rename</c>: 0, or the errno of the failure.</summary>
    public static int Rename(string from, string to)
    {
        if (!OperatingSystem.IsWindows()) return CRename(from, to) == 0 ? 0 : Marshal.GetLastPInvokeError();
        try
        {
            if (Directory.Exists(from)) Directory.Move(from, to);
            else if (File.Exists(from)) File.Move(from, to, overwrite: true);
            else return LuaErrno.ENOENT;
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LuaErrno.FromException(e);
        }
    }
}

/// <summary>errno values and glibc's <c>strerror</c> texts for the failures file operations report.</summary>
internal static class LuaErrno
{
    public const int ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EISDIR = 21, EINVAL = 22;

    private static readonly Dictionary<int, string> Texts = new()
    {
        [1] = "Operation not permitted", [2] = "No such file or directory", [5] = "Input/output error",
        [9] = "Bad file descriptor", [13] = "Permission denied", [16] = "Device or resource busy",
        [17] = "File exists", [18] = "Invalid cross-device link", [20] = "Not a directory",
        [21] = "Is a directory", [22] = "Invalid argument", [24] = "Too many open files",
        [26] = "Text file busy", [27] = "File too large", [28] = "No space left on device",
        [29] = "Illegal seek", [30] = "Read-only file system", [36] = "File name too long",
        [39] = "Directory not empty", [40] = "Too many levels of symbolic links",
    };

    public static string Message(int errno) => Texts.TryGetValue(errno, out var s) ? s : $"Unknown error {errno}";

    /// <summary>The errno behind a .NET I/O exception (on Unix .NET keeps the raw errno in <see cref="Exception.HResult"/> of plain I/O errors).</summary>
    public static int FromException(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => ENOENT,
        UnauthorizedAccessException => EACCES,
        PathTooLongException => 36,
        IOException when e.HResult is > 0 and < 200 => e.HResult,
        _ => EIO,
    };
}
