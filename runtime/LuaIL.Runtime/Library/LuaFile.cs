namespace LuaIL.Runtime;

/// <summary>The payload of an <c>io</c> file handle: a .NET stream read through C-stdio-like buffering (with one byte of push-back), or nothing once closed.</summary>
/// <remarks>
/// Invariants: while open, bytes <c>_buffer[_pos.._len)</c> have been read from the stream but not
/// yet consumed, so the logical position is <c>stream.Position - (_len - _pos)</c>. Writing or
/// seeking first drops that read-ahead (moving the stream back), as C requires an fseek between
/// reads and writes and we do it implicitly. Standard output resolves its stream on each use, so
/// <c>io.write</c> and <c>print</c> share <see cref="LuaState.StandardOutput"/>.
/// </remarks>
public sealed class LuaFile
{
    private Stream? _stream;
    private readonly Func<Stream>? _dynamic;
    private byte[] _buffer = [];
    private int _pos, _len;
    private readonly bool _append;

    public LuaFile(Stream stream, bool canRead, bool canWrite, bool append = false, bool isStandard = false)
    {
        _stream = stream;
        CanRead = canRead;
        CanWrite = canWrite;
        _append = append;
        IsStandard = isStandard;
    }

    /// <summary>A standard stream looked up on each use (stdout follows the state's output).</summary>
    public LuaFile(Func<Stream> stream, bool canRead, bool canWrite)
    {
        _dynamic = stream;
        CanRead = canRead;
        CanWrite = canWrite;
        IsStandard = true;
    }

    public bool CanRead { get; }
    public bool CanWrite { get; }

    /// <summary>stdin, stdout and stderr: <c>close</c> refuses them (<c>cannot close standard file</c>).</summary>
    public bool IsStandard { get; }

    /// <summary>Flush after every write (stderr is unbuffered in C).</summary>
    public bool AutoFlush { get; init; }

    /// <summary>When written bytes reach the file: <c>setvbuf</c>'s modes.</summary>
    public LuaFileBuffering Buffering { get; set; } = LuaFileBuffering.Full;

    public bool IsClosed => _stream is null && _dynamic is null;

    private Stream Stream => _stream ?? _dynamic?.Invoke() ?? throw new ObjectDisposedException(nameof(LuaFile));

    public void Close()
    {
        _stream?.Dispose();
        _stream = null;
    }

    /// <summary>The next byte, or -1 at end of file (<c>getc</c>).</summary>
    public int ReadByte()
    {
        if (_pos < _len) return _buffer[_pos++];
        if (!Fill()) return -1;
        return _buffer[_pos++];
    }

    /// <summary>The next byte without consuming it, or -1 (<c>getc</c> then <c>ungetc</c>).</summary>
    public int Peek()
    {
        if (_pos < _len) return _buffer[_pos];
        if (!Fill()) return -1;
        return _buffer[_pos];
    }

    private bool Fill()
    {
        if (_buffer.Length == 0) _buffer = new byte[4096];
        _pos = 0;
        _len = Stream.Read(_buffer, 0, _buffer.Length);
        return _len > 0;
    }

    /// <summary>A line without its newline; null at end of file when nothing was read (5.1's <c>read_line</c>).</summary>
    public byte[]? ReadLine()
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_pos >= _len && !Fill()) return line.Length > 0 ? line.ToArray() : null;
            int nl = Array.IndexOf(_buffer, (byte)'\n', _pos, _len - _pos);
            if (nl >= 0)
            {
                line.Write(_buffer, _pos, nl - _pos);
                _pos = nl + 1;
                return line.ToArray();
            }
            line.Write(_buffer, _pos, _len - _pos);
            _pos = _len;
        }
    }

    /// <summary>Up to <paramref name="count"/> bytes (fewer at end of file).</summary>
    public byte[] ReadChars(long count)
    {
        var result = new MemoryStream();
        while (count > 0)
        {
            if (_pos >= _len && !Fill()) break;
            int n = (int)Math.Min(count, _len - _pos);
            result.Write(_buffer, _pos, n);
            _pos += n;
            count -= n;
        }
        return result.ToArray();
    }

    /// <summary>5.1's <c>read_number</c> (<c>fscanf "%lf"</c>): skips white space, consumes the longest number-like prefix, and parses it.</summary>
    public bool TryReadNumber(out double value)
    {
        int c;
        while ((c = Peek()) >= 0 && IsSpace(c)) ReadByte();
        var text = new List<byte>();
        if (c is '+' or '-') text.Add((byte)ReadByte());
        bool hex = false;
        if (Peek() == '0')
        {
            text.Add((byte)ReadByte());
            if (Peek() is 'x' or 'X')
            {
                hex = true;
                text.Add((byte)ReadByte());
            }
        }
        bool seenDot = false, seenExp = false;
        while ((c = Peek()) >= 0)
        {
            bool take = hex ? Uri.IsHexDigit((char)c) || (c == '.' && !seenDot) || (c is 'p' or 'P' && !seenExp)
                : char.IsAsciiDigit((char)c) || (c == '.' && !seenDot && !seenExp) || (c is 'e' or 'E' && !seenExp);
            if (!take && (c is '+' or '-') && text.Count > 0 && text[^1] is (byte)'e' or (byte)'E' or (byte)'p' or (byte)'P')
                take = true;
            if (!take && text.Count == (text.Count > 0 && text[0] is (byte)'+' or (byte)'-' ? 1 : 0) && (c | 0x20) is 'i' or 'n')
            {
                // inf, infinity, nan: letters strtod accepts.
                while ((c = Peek()) >= 0 && char.IsAsciiLetter((char)c)) text.Add((byte)ReadByte());
                break;
            }
            if (!take) break;
            if (c == '.') seenDot = true;
            if (c is 'e' or 'E' && !hex || c is 'p' or 'P') seenExp = true;
            text.Add((byte)ReadByte());
        }
        return LuaConvert.TryParseNumber(text.ToArray(), out value);
    }

    private static bool IsSpace(int c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    public void Write(ReadOnlySpan<byte> bytes)
    {
        DropReadAhead();
        var s = Stream;
        if (_append) s.Seek(0, SeekOrigin.End);
        s.Write(bytes);
        if (AutoFlush || Buffering == LuaFileBuffering.No || (Buffering == LuaFileBuffering.Line && bytes.Contains((byte)'\n')))
            s.Flush();
    }

    public void Flush()
    {
        if (CanWrite) Stream.Flush();
    }

    /// <summary><c>fseek</c> then <c>ftell</c>; throws <see cref="IOException"/> (with an errno in <see cref="Exception.HResult"/>) on failure.</summary>
    public long Seek(long offset, SeekOrigin origin)
    {
        var s = Stream;
        if (!s.CanSeek) throw new IOException("Illegal seek", 29);
        if (origin == SeekOrigin.Current) offset -= _len - _pos;
        _pos = _len = 0;
        if (CanWrite) s.Flush();
        long target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => s.Position + offset,
            _ => s.Length + offset,
        };
        if (target < 0) throw new IOException("Invalid argument", LuaErrno.EINVAL);
        s.Position = target;
        return target;
    }

    private void DropReadAhead()
    {
        if (_pos < _len && Stream.CanSeek) Stream.Seek(_pos - _len, SeekOrigin.Current);
        _pos = _len = 0;
    }
}

/// <summary><c>setvbuf</c>'s modes, in the order of its option names.</summary>
public enum LuaFileBuffering
{
    No,
    Full,
    Line,
}
