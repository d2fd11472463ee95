using System.Text;
using LuaIL.Runtime;

namespace LuaIL.Compiler.Prototypes;

/// <summary>LuaIL's binary chunk format (what <c>string.dump</c> returns and <c>loadstring</c> accepts): a serialized <see cref="CompilationProto"/> tree.</summary>
/// <remarks>
/// Layout: a 12-byte header (<c>"\x1bLuaIL"</c>, a format version byte, five check bytes), then the prototype: strings and
/// byte arrays length-prefixed, integers 7-bit encoded, each instruction a tag byte and its fields.
/// Reading never trusts the input: <see cref="ProtoValidator"/> checks every invariant the lowering
/// relies on, so a damaged or hostile chunk is a Lua error, never invalid IL.
/// </remarks>
public static class ProtoSerializer
{
    // 12 bytes like 5.1's header, so a short or foreign chunk fails with the reason lua5.1 gives it;
    // the tail bytes catch newline translation and truncation by text tools, as PNG's signature does.
    private static readonly byte[] Header = [0x1b, (byte)'L', (byte)'u', (byte)'a', (byte)'I', (byte)'L', FormatVersion, 0x19, 0x93, (byte)'\r', (byte)'\n', 0x1a];
    private const byte FormatVersion = 2; // 2: CONCAT takes a run of operands

    /// <summary>True when <paramref name="chunk"/> starts like a binary chunk (Lua's ESC signature byte).</summary>
    public static bool IsBinary(ReadOnlySpan<byte> chunk) => chunk.Length > 0 && chunk[0] == 0x1b;

    public static byte[] Serialize(CompilationProto proto) => Serialize(proto, ranges: null);

    /// <summary>The length of the header that starts every binary chunk.</summary>
    public static int HeaderLength => Header.Length;

    /// <summary>
    /// Serializes the tree and tells where each prototype's record lies in the result. A record holds its
    /// children and nothing of its parent, so header + record is the binary chunk of that function alone:
    /// an assembly can embed one blob for the whole file instead of one copy per nested function.
    /// </summary>
    public static byte[] Serialize(CompilationProto proto, Dictionary<CompilationProto, Range>? ranges)
    {
        var w = new Writer();
        w.Bytes(Header, withLength: false);
        WriteProto(w, proto, ranges);
        return w.ToArray();
    }

    /// <summary>Reads a binary chunk; the message of a <see cref="ProtoFormatException"/> is 5.1's reason (<c>bad header</c>, <c>unexpected end</c>, <c>bad code</c>).</summary>
    public static CompilationProto Deserialize(ReadOnlySpan<byte> chunk)
    {
        var r = new Reader(chunk.ToArray());
        var header = r.Raw(Header.Length);
        if (!header.AsSpan().SequenceEqual(Header)) throw new ProtoFormatException("bad header");
        var proto = ReadProto(r, depth: 0);
        if (!r.AtEnd) throw new ProtoFormatException("bad code");
        ProtoValidator.Validate(proto, parent: null);
        return proto;
    }

    private static void WriteProto(Writer w, CompilationProto p, Dictionary<CompilationProto, Range>? ranges)
    {
        int start = w.Position;
        w.String(p.ChunkName);
        w.NullableString(p.Name);
        w.Int(p.LineDefined);
        w.Int(p.LastLineDefined);
        w.Int(p.ParameterCount);
        w.Int((p.IsVararg ? 1 : 0) | (p.NeedsArgTable ? 2 : 0));
        w.Int(p.TempCount);
        w.Int(p.LabelCount);
        w.Int(p.Constants.Count);
        foreach (var k in p.Constants)
        {
            if (k.String is { } s)
            {
                w.Int(1);
                w.Bytes(s, withLength: true);
            }
            else
            {
                w.Int(0);
                w.Double(k.Number);
            }
        }
        w.Int(p.Locals.Count);
        foreach (var l in p.Locals)
        {
            w.String(l.Name);
            w.Int(l.Captured ? 1 : 0);
            w.Int(l.StartPc);
            w.Int(l.EndPc);
        }
        w.Int(p.Upvalues.Count);
        foreach (var u in p.Upvalues)
        {
            w.String(u.Name);
            w.Int(u.FromParentLocal ? 1 : 0);
            w.Int(u.Index);
        }
        w.Int(p.Sites.Count);
        foreach (var s in p.Sites)
        {
            w.Int(s.Line);
            w.NullableString(s.Kind);
            w.NullableString(s.Name);
        }
        w.Int(p.Code.Count);
        foreach (var instr in p.Code) InstructionCodec.Write(w, instr);
        w.Int(p.Children.Count);
        foreach (var child in p.Children) WriteProto(w, child, ranges);
        ranges?.Add(p, start..w.Position);
    }

    private static CompilationProto ReadProto(Reader r, int depth)
    {
        // The parser allows 200 nesting levels; a deeper chain of functions cannot come from source.
        if (depth > 250) throw new ProtoFormatException("bad code");
        string chunkName = r.String();
        string? name = r.NullableString();
        int lineDefined = r.Int();
        int lastLine = r.Int();
        int parameters = r.Int();
        int flags = r.Int();
        int temps = r.Int();
        int labels = r.Int();
        var constants = new LuaConstant[r.Count()];
        for (int i = 0; i < constants.Length; i++)
            constants[i] = r.Int() switch
            {
                0 => new LuaConstant(r.Double(), null),
                1 => new LuaConstant(0, r.ByteArray()),
                _ => throw new ProtoFormatException("bad code"),
            };
        var locals = new LocalVarInfo[r.Count()];
        for (int i = 0; i < locals.Length; i++)
        {
            string localName = r.String();
            bool captured = r.Int() == 1;
            var local = new LocalVarInfo(localName, r.Int()) { Captured = captured };
            local.EndPc = r.Int();
            locals[i] = local;
        }
        var upvalues = new UpvalueDesc[r.Count()];
        for (int i = 0; i < upvalues.Length; i++) upvalues[i] = new UpvalueDesc(r.String(), r.Int() == 1, r.Int());
        var sites = new CallSiteInfo[r.Count()];
        for (int i = 0; i < sites.Length; i++) sites[i] = new CallSiteInfo(r.Int(), r.NullableString(), r.NullableString());
        var code = new Instr[r.Count()];
        for (int i = 0; i < code.Length; i++) code[i] = InstructionCodec.Read(r);
        var children = new CompilationProto[r.Count()];
        for (int i = 0; i < children.Length; i++) children[i] = ReadProto(r, depth + 1);
        return new CompilationProto
        {
            ChunkName = chunkName,
            Name = name,
            LineDefined = lineDefined,
            LastLineDefined = lastLine,
            ParameterCount = parameters,
            IsVararg = (flags & 1) != 0,
            NeedsArgTable = (flags & 2) != 0,
            Constants = constants,
            Locals = locals,
            Upvalues = upvalues,
            Children = children,
            Sites = sites,
            TempCount = temps,
            LabelCount = labels,
            Code = code,
            FromBinary = true,
        };
    }

    /// <summary>Appends the encodings of the format.</summary>
    internal sealed class Writer
    {
        private readonly MemoryStream _out = new();

        public int Position => (int)_out.Position;

        public void Int(int v)
        {
            uint u = (uint)v;
            while (u >= 0x80)
            {
                _out.WriteByte((byte)(u | 0x80));
                u >>= 7;
            }
            _out.WriteByte((byte)u);
        }

        public void Double(double d)
        {
            Span<byte> b = stackalloc byte[8];
            BitConverter.TryWriteBytes(b, d);
            _out.Write(b);
        }

        public void Bytes(byte[] b, bool withLength)
        {
            if (withLength) Int(b.Length);
            _out.Write(b);
        }

        public void String(string s) => Bytes(Encoding.UTF8.GetBytes(s), withLength: true);

        public void NullableString(string? s)
        {
            Int(s is null ? 0 : 1);
            if (s is not null) String(s);
        }

        public byte[] ToArray() => _out.ToArray();
    }

    /// <summary>Reads the encodings of the format; running out of bytes is 5.1's <c>unexpected end</c>.</summary>
    internal sealed class Reader(byte[] data)
    {
        private int _pos;

        public bool AtEnd => _pos == data.Length;

        public byte[] Raw(int n)
        {
            if (n < 0 || data.Length - _pos < n) throw new ProtoFormatException("unexpected end");
            var r = data.AsSpan(_pos, n).ToArray();
            _pos += n;
            return r;
        }

        public int Int()
        {
            uint v = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                if (_pos >= data.Length) throw new ProtoFormatException("unexpected end");
                byte b = data[_pos++];
                v |= (uint)(b & 0x7f) << shift;
                if (b < 0x80) return (int)v;
            }
            throw new ProtoFormatException("bad code");
        }

        /// <summary>A count of items that follow: never more than the bytes left could hold.</summary>
        public int Count()
        {
            int n = Int();
            if (n < 0 || n > data.Length - _pos) throw new ProtoFormatException("unexpected end");
            return n;
        }

        public double Double() => BitConverter.ToDouble(Raw(8));

        public byte[] ByteArray() => Raw(Count());

        public string String() => Encoding.UTF8.GetString(ByteArray());

        public string? NullableString() => Int() switch
        {
            0 => null,
            1 => String(),
            _ => throw new ProtoFormatException("bad code"),
        };
    }
}

/// <summary>A binary chunk that cannot be loaded; the message is the reason as 5.1 words it.</summary>
public sealed class ProtoFormatException(string reason) : Exception(reason);
