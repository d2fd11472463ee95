using System.Text;

namespace LuaIL.Compiler.Text;

// Invariants: the bytes are never decoded for lexing (Lua source is bytes; names are ASCII by 5.1's
// C-locale rules). Lines are counted as llex.c's inclinenumber counts them: \n, \r, \r\n and \n\r
// each end one line. LexStart is where the lexer begins: after a skipped '#' first line it is the
// '\n' that ended that line, which is exactly the "\n" luaL_loadfile substitutes for it.
// A source made from a reader (5.1's lua_Reader, for load) grows while the lexer reads: bytes
// [0, _length) of _bytes are the pieces pulled so far, and nothing is pulled before the lexer
// needs it, so a syntax error stops the reading where 5.1 stops it.

/// <summary>The bytes of one Lua chunk and the name Lua gives it.</summary>
public sealed class SourceText
{
    private byte[] _bytes;
    private int _length;
    private Func<ReadOnlyMemory<byte>>? _reader;
    private int[]? _lineStarts;

    private SourceText(byte[] bytes, string chunkName, int lexStart)
    {
        _bytes = bytes;
        _length = bytes.Length;
        ChunkName = chunkName;
        LexStart = lexStart;
    }

    /// <summary>The chunk name as Lua gives it: <c>@path</c> for files, <c>=name</c>, or the source text itself for <c>loadstring</c>.</summary>
    public string ChunkName { get; }

    /// <summary>All bytes of the source read so far (all of it once the lexer reached its end), including a skipped <c>#</c> line.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes.AsMemory(0, _length);

    /// <summary>The buffer the lexer reads: valid up to <see cref="Length"/>; replaced when <see cref="Fill"/> grows it.</summary>
    internal byte[] Buffer => _bytes;

    /// <summary>How many bytes have been read.</summary>
    internal int Length => _length;

    /// <summary>Pulls the next piece from the reader (5.1's <c>luaZ_fill</c>); false at the end, after which the reader is never called again.</summary>
    internal bool Fill()
    {
        while (_reader is { } reader)
        {
            var piece = reader();
            if (piece.IsEmpty)
            {
                _reader = null;
                return false;
            }
            if (_length + piece.Length > _bytes.Length)
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + piece.Length));
            piece.Span.CopyTo(_bytes.AsSpan(_length));
            _length += piece.Length;
            _lineStarts = null;
            return true;
        }
        return false;
    }

    /// <summary>Offset of the first byte the lexer reads.</summary>
    internal int LexStart { get; }

    /// <summary>Source as <c>loadstring</c>/<c>luaL_loadbuffer</c> sees it: no <c>#</c> line skipping.</summary>
    public static SourceText From(byte[] bytes, string chunkName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(chunkName);
        return new SourceText(bytes, chunkName, 0);
    }

    /// <summary>
    /// Source that <c>load</c> pulls from a reader as the lexer needs it: <paramref name="first"/> is the piece already
    /// read (5.1 reads one to tell text from a binary chunk), <paramref name="reader"/> returns the next piece, empty at the end.
    /// </summary>
    public static SourceText FromReader(ReadOnlySpan<byte> first, Func<ReadOnlyMemory<byte>> reader, string chunkName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(chunkName);
        var text = new SourceText(new byte[Math.Max(first.Length * 2, 256)], chunkName, 0) { _length = first.Length };
        first.CopyTo(text._bytes);
        if (!first.IsEmpty) text._reader = reader;
        return text;
    }

    /// <summary>UTF-8 encodes <paramref name="text"/>; the chunk name defaults to the text, as <c>loadstring(s)</c> does.</summary>
    public static SourceText From(string text, string? chunkName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return From(Encoding.UTF8.GetBytes(text), chunkName ?? text);
    }

    /// <summary>Reads a file as <c>luaL_loadfile</c> does: chunk name <c>@path</c>, a first line starting with <c>#</c> skipped but still counted.</summary>
    public static SourceText FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromFileBytes(File.ReadAllBytes(path), "@" + path);
    }

    /// <summary>Bytes read from a file: applies the <c>#</c> first-line rule of <c>luaL_loadfile</c>.</summary>
    public static SourceText FromFileBytes(byte[] bytes, string chunkName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        int start = 0;
        if (bytes.Length > 0 && bytes[0] == (byte)'#')
        {
            // luaL_loadfile skips up to and including the first '\n' and feeds a "\n" instead.
            int nl = Array.IndexOf(bytes, (byte)'\n');
            start = nl < 0 ? bytes.Length : nl;
        }
        return new SourceText(bytes, chunkName, start);
    }

    /// <summary>Number of lines, counted the 5.1 way.</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>1-based line and 1-based byte column of a byte offset.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        var starts = LineStarts;
        int idx = Array.BinarySearch(starts, offset);
        if (idx < 0) idx = ~idx - 1;
        if (idx < 0) idx = 0;
        return (idx + 1, offset - starts[idx] + 1);
    }

    /// <summary>Offset of the first byte of a 1-based line.</summary>
    public int GetLineStart(int line) => LineStarts[Math.Clamp(line - 1, 0, LineStarts.Length - 1)];

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts();

    private int[] ComputeLineStarts()
    {
        var starts = new List<int> { 0 };
        var b = _bytes.AsSpan(0, _length);
        int i = 0;
        // The skipped '#' line is line 1 whatever its own line ends are: only its '\n' counts.
        if (LexStart > 0) i = LexStart;
        while (i < b.Length)
        {
            byte c = b[i];
            if (c == '\n' || c == '\r')
            {
                i++;
                if (i < b.Length && (b[i] == '\n' || b[i] == '\r') && b[i] != c) i++;
                starts.Add(i);
            }
            else i++;
        }
        return [.. starts];
    }
}
