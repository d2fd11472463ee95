namespace LuaIL.Runtime;

/// <summary>Base of every compiled Lua function: generated sealed subclasses hold upvalues as fields.</summary>
/// <remarks>
/// <see cref="Env"/> is the function environment (5.1's <c>getfenv</c>): globals are looked up in
/// it. A closure created by Lua code inherits its creator's environment.
/// </remarks>
public abstract class LuaClosure : LuaFunction
{
    public LuaTable Env = null!;

    /// <summary>Static facts about the prototype this closure was made from.</summary>
    public abstract LuaProtoInfo Info { get; }

    public override string Name => Info.Name ?? "?";
    public override bool IsNative => false;

    /// <summary>
    /// The resumable form of the body: registers in a <see cref="LuaFrame"/>. Called with a null
    /// frame it starts a call; with a suspended frame it continues at the frame's call site. When
    /// the body suspends it sets <see cref="LuaState.Yielding"/> and returns nil.
    /// </summary>
    public abstract LuaValue Resume(LuaState L, LuaFrame? frame, ReadOnlySpan<LuaValue> args);

    public override LuaValue InvokeResumable(LuaState L, ReadOnlySpan<LuaValue> args) => Resume(L, null, args);

    /// <summary>The binary chunk of this function, for <c>string.dump</c>, when its assembly carries one (assemblies written to disk do).</summary>
    public virtual byte[]? BinaryChunk => null;

    /// <summary>
    /// A function's binary chunk cut out of the one its assembly embeds for the whole file: the header,
    /// then the function's own record. The blob is a string of Latin-1 chars because IL has no byte-array literal.
    /// </summary>
    public static byte[] SliceBinaryChunk(string embedded, int headerLength, int offset, int length)
    {
        var chunk = new byte[headerLength + length];
        System.Text.Encoding.Latin1.GetBytes(embedded.AsSpan(0, headerLength), chunk);
        System.Text.Encoding.Latin1.GetBytes(embedded.AsSpan(offset, length), chunk.AsSpan(headerLength));
        return chunk;
    }
}

/// <summary>Static facts about a compiled prototype, shared by all its closures, used by errors and tracebacks.</summary>
/// <param name="ChunkName">The chunk name as given to the compiler (<c>@file.lua</c>, <c>=stdin</c> or source text).</param>
/// <param name="Name">A name for messages, when one is known statically (e.g. <c>local function f</c>).</param>
/// <param name="LineDefined">0 for the main chunk.</param>
/// <param name="EncodedSites">The call sites, one per line of text, each <c>line kind name</c> (kind and name may be absent); see <see cref="CallSiteInfo"/>.</param>
public sealed record LuaProtoInfo(string ChunkName, string? Name, int LineDefined, int LastLineDefined, string EncodedSites)
{
    private string? _shortSource;
    private CallSiteInfo[]? _sites;

    /// <summary>Call sites by index, decoded on first use (errors and tracebacks only).</summary>
    public CallSiteInfo[] Sites => _sites ??= CallSiteInfo.Decode(EncodedSites);

    public CallSiteInfo Site(int index)
    {
        var sites = Sites;
        return (uint)index < (uint)sites.Length ? sites[index] : default;
    }

    public int SiteLine(int index) => (uint)index < (uint)Sites.Length ? Sites[index].Line : -1;

    /// <summary>The chunk name as Lua prints it in messages (<c>luaO_chunkid</c>): <c>file.lua</c>, <c>[string "..."]</c>.</summary>
    public string ShortSource => _shortSource ??= LuaChunkId.Format(ChunkName);
}

/// <summary>A place in a prototype where it calls a function: its line and the name the callee is called by.</summary>
/// <param name="Kind">As 5.1's <c>getfuncname</c> says it: <c>global</c>, <c>local</c>, <c>method</c>, <c>field</c>, <c>upvalue</c>; null when unknown.</param>
public readonly record struct CallSiteInfo(int Line, string? Kind, string? Name)
{
    public static string Encode(IEnumerable<CallSiteInfo> sites)
        => string.Join("\n", sites.Select(s => s.Kind is null ? $"{s.Line}" : $"{s.Line} {s.Kind} {s.Name}"));

    public static CallSiteInfo[] Decode(string encoded)
    {
        if (encoded.Length == 0) return [];
        var lines = encoded.Split('\n');
        var sites = new CallSiteInfo[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(' ', 3);
            sites[i] = new CallSiteInfo(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null);
        }
        return sites;
    }
}

/// <summary>Formats chunk names as <c>luaO_chunkid</c> does for messages.</summary>
public static class LuaChunkId
{
    /// <summary>LUA_IDSIZE: the buffer runtime messages use.</summary>
    public const int IdSize = 60;

    /// <summary>llex.c's MAXSRC: the larger buffer syntax errors use.</summary>
    public const int SyntaxErrorSize = 80;

    public static string Format(string source, int bufferSize = IdSize)
    {
        if (source.StartsWith('='))
            return source.Length > bufferSize ? source.Substring(1, bufferSize - 1) : source[1..];
        if (source.StartsWith('@'))
        {
            // Room is the buffer less " '...' " with its terminator: long paths keep their tail.
            int room = bufferSize - 8;
            var path = source[1..];
            return path.Length > room ? "..." + path[^room..] : path;
        }
        // [string "first line"]: cut at the first newline or when longer than the room left.
        int max = bufferSize - 17;
        int len = source.AsSpan().IndexOfAny('\n', '\r');
        if (len < 0) len = source.Length;
        if (len > max) len = max;
        return len < source.Length ? $"[string \"{source[..len]}...\"]" : $"[string \"{source}\"]";
    }
}
