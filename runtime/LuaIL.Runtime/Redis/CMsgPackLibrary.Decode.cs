using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace LuaIL.Runtime.Redis;

// Unpacking (mp_decode_to_lua_type and its cursor).
public static partial class CMsgPackLibrary
{
    private enum CursorError
    {
        None,
        Eof,
        BadFormat,
    }

    /// <summary><c>mp_cur</c>: a read position over the input; a decoding error is recorded, not thrown, and ends decoding.</summary>
    /// <remarks>
    /// The <c>slots</c> arguments count the Lua stack slots the C decoder holds at each point
    /// (arguments, results so far, tables and keys under construction), so that its
    /// <c>luaL_checkstack</c> calls fail exactly where they fail in C.
    /// </remarks>
    private sealed class Cursor(LuaState L, byte[] data, int start)
    {
        private int _p = start;

        public int Left => data.Length - _p;
        public CursorError Err;

        private bool Need(int n)
        {
            if (Left >= n) return true;
            Err = CursorError.Eof;
            return false;
        }

        private ReadOnlySpan<byte> At(int offset) => data.AsSpan(_p + offset);

        private LuaValue Consume(int n, LuaValue v)
        {
            _p += n;
            return v;
        }

        private LuaValue Bytes(int header, long length)
        {
            if (!Need(header)) return default;
            if (Left - header < length)
            {
                Err = CursorError.Eof;
                return default;
            }
            var s = LuaString.From(data.AsSpan(_p + header, (int)length));
            _p += header + (int)length;
            return new LuaValue(s);
        }

        public LuaValue Decode(int slots)
        {
            if (!Need(1)) return default;
            RedisLibSupport.CheckStack(L, slots, 1, "too many return values at once; use unpack_one or unpack_limit instead.");
            byte code = data[_p];
            // Containers recurse; this frame stays small so 5.1's nesting limit (about 8000) fits a .NET stack.
            if ((code & 0xf0) == 0x90) return Array(1, (uint)(code & 0xf), slots);
            if ((code & 0xf0) == 0x80) return Map(1, (uint)(code & 0xf), slots);
            switch (code)
            {
                case 0xdc: return Need(3) ? Array(3, BinaryPrimitives.ReadUInt16BigEndian(At(1)), slots) : default;
                case 0xdd: return Need(5) ? Array(5, BinaryPrimitives.ReadUInt32BigEndian(At(1)), slots) : default;
                case 0xde: return Need(3) ? Map(3, BinaryPrimitives.ReadUInt16BigEndian(At(1)), slots) : default;
                case 0xdf: return Need(5) ? Map(5, BinaryPrimitives.ReadUInt32BigEndian(At(1)), slots) : default;
                default: return Scalar(code);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private LuaValue Scalar(byte code)
        {
            switch (code)
            {
                case 0xcc: return Need(2) ? Consume(2, data[_p + 1]) : default;
                case 0xd0: return Need(2) ? Consume(2, (sbyte)data[_p + 1]) : default;
                case 0xcd: return Need(3) ? Consume(3, BinaryPrimitives.ReadUInt16BigEndian(At(1))) : default;
                case 0xd1: return Need(3) ? Consume(3, BinaryPrimitives.ReadInt16BigEndian(At(1))) : default;
                case 0xce: return Need(5) ? Consume(5, BinaryPrimitives.ReadUInt32BigEndian(At(1))) : default;
                case 0xd2: return Need(5) ? Consume(5, BinaryPrimitives.ReadInt32BigEndian(At(1))) : default;
                // lua_pushinteger takes a signed 64-bit value: uint64 above 2^63-1 comes back negative.
                case 0xcf: return Need(9) ? Consume(9, (double)BinaryPrimitives.ReadInt64BigEndian(At(1))) : default;
                case 0xd3: return Need(9) ? Consume(9, (double)BinaryPrimitives.ReadInt64BigEndian(At(1))) : default;
                case 0xc0: return Consume(1, default);
                case 0xc3: return Consume(1, LuaValue.True);
                case 0xc2: return Consume(1, LuaValue.False);
                case 0xca: return Need(5) ? Consume(5, (double)BinaryPrimitives.ReadSingleBigEndian(At(1))) : default;
                case 0xcb: return Need(9) ? Consume(9, BinaryPrimitives.ReadDoubleBigEndian(At(1))) : default;
                case 0xd9: return Need(2) ? Bytes(2, data[_p + 1]) : default;
                case 0xda: return Need(3) ? Bytes(3, BinaryPrimitives.ReadUInt16BigEndian(At(1))) : default;
                case 0xdb: return Need(5) ? Bytes(5, BinaryPrimitives.ReadUInt32BigEndian(At(1))) : default;
            }
            if ((code & 0x80) == 0) return Consume(1, code);
            if ((code & 0xe0) == 0xe0) return Consume(1, (sbyte)code);
            if ((code & 0xe0) == 0xa0) return Bytes(1, code & 0x1f);
            Err = CursorError.BadFormat;
            return default;
        }

        private LuaValue Array(int header, uint count, int slots)
        {
            _p += header;
            RedisLibSupport.EnsureStack(L);
            var t = new LuaTable();
            // Stack: ..., table; then per element the index and the value.
            RedisLibSupport.CheckStack(L, slots + 1, 1, "in function mp_decode_to_lua_array");
            for (long i = 1; i <= count; i++)
            {
                var v = Decode(slots + 2);
                if (Err != CursorError.None) return default;
                t.RawSet(new LuaValue((double)i), v);
            }
            return new LuaValue(t);
        }

        private LuaValue Map(int header, uint count, int slots)
        {
            _p += header;
            RedisLibSupport.EnsureStack(L);
            var t = new LuaTable();
            for (uint i = 0; i < count; i++)
            {
                var k = Decode(slots + 1);
                if (Err != CursorError.None) return default;
                var v = Decode(slots + 2);
                if (Err != CursorError.None) return default;
                // lua_settable: a nil or NaN key raises "table index is nil/NaN" (no position, raised inside the API).
                t.RawSet(k, v);
            }
            return new LuaValue(t);
        }
    }
}
