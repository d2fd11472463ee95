using System.Globalization;
using System.Numerics;
using System.Text;

namespace LuaIL.Runtime.Redis;

// Encoding (json_encode and helpers): Lua values to JSON text, byte for byte as lua-cjson writes it.
public static partial class CJsonLibrary
{
    // char2escape: control bytes, '"', '\\', '/' and DEL escaped; every other byte (UTF-8 or not) copied.
    private static readonly byte[]?[] Escapes = BuildEscapes();

    private static byte[]?[] BuildEscapes()
    {
        var e = new byte[]?[256];
        for (int c = 0; c < 32; c++) e[c] = Encoding.ASCII.GetBytes($"\\u{c:x4}");
        e['\b'] = "\\b"u8.ToArray();
        e['\t'] = "\\t"u8.ToArray();
        e['\n'] = "\\n"u8.ToArray();
        e['\f'] = "\\f"u8.ToArray();
        e['\r'] = "\\r"u8.ToArray();
        e['"'] = "\\\""u8.ToArray();
        e['\\'] = "\\\\"u8.ToArray();
        e['/'] = "\\/"u8.ToArray();
        e[0x7f] = "\\u007f"u8.ToArray();
        return e;
    }

    private static LuaValue Encode(LuaState L, ReadOnlySpan<LuaValue> args, CJsonConfig cfg)
    {
        if (args.Length != 1) throw RedisLibSupport.ArgError(L, 1, "expected 1 argument");
        var json = new RedisLibBuffer();
        // The argument is the one stack slot in use when the first table is checked.
        AppendData(L, cfg, args[0], 0, 1, json);
        return L.Return1(new LuaValue(json.ToLuaString()));
    }

    /// <summary>Encodes <paramref name="value"/> with <paramref name="cfg"/>, as <c>cjson.encode</c> would (for hosts and tests).</summary>
    public static LuaString Encode(LuaState L, LuaValue value, CJsonConfig? cfg = null)
    {
        var json = new RedisLibBuffer();
        AppendData(L, cfg ?? new CJsonConfig(), value, 0, 1, json);
        return json.ToLuaString();
    }

    private static LuaException EncodeError(LuaState L, LuaValue culprit, string reason)
        => RedisLibSupport.Error(L, $"Cannot serialise {culprit.TypeName}: {reason}");

    // json_append_data. 'stackTop' counts the Lua stack slots the C encoder holds at this point, so that
    // lua_checkstack fails at the same depth as in C when encode_max_depth is raised past it.
    private static void AppendData(LuaState L, CJsonConfig cfg, LuaValue v, int depth, int stackTop, RedisLibBuffer json)
    {
        switch (v.Obj)
        {
            case LuaString s:
                AppendString(json, s);
                return;
            case null:
                json.Append("null"u8);
                return;
            case LuaTable t:
                depth++;
                if (depth > cfg.EncodeMaxDepth || stackTop + 3 > RedisLibSupport.MaxCStack)
                    throw RedisLibSupport.Error(L, $"Cannot serialise, excessive nesting ({depth})");
                RedisLibSupport.EnsureStack(L);
                int length = ArrayLength(L, cfg, t);
                if (length > 0) AppendArray(L, cfg, t, length, depth, stackTop, json);
                else AppendObject(L, cfg, t, depth, stackTop, json);
                return;
        }
        if (v.IsNumber) AppendNumber(L, cfg, json, v);
        else if (v.IsBoolean) json.Append(v.IsTruthy ? "true"u8 : "false"u8);
        else if (ReferenceEquals(v.Obj, Null)) json.Append("null"u8);
        else throw EncodeError(L, v, "type not supported");
    }

    // lua_array_length: the largest key when every key is an integer >= 1 (0 for an empty table), -1 for an object.
    private static int ArrayLength(LuaState L, CJsonConfig cfg, LuaTable t)
    {
        int max = 0, items = 0;
        var key = LuaValue.Nil;
        while (t.Next(ref key, out _))
        {
            double k = key.Num;
            // Key 0 fails the C test (k = lua_tonumber(...)) before the integer check.
            if (!key.IsNumber || k == 0 || Math.Floor(k) != k || k < 1) return -1;
            if (k > max) max = RedisLibSupport.DoubleToInt32(k);
            items++;
        }
        if (cfg.EncodeSparseRatio > 0 && max > unchecked(items * cfg.EncodeSparseRatio) && max > cfg.EncodeSparseSafe)
        {
            if (cfg.EncodeSparseConvert == 0) throw EncodeError(L, new LuaValue(t), "excessively sparse array");
            return -1;
        }
        return max;
    }

    private static void AppendArray(LuaState L, CJsonConfig cfg, LuaTable t, int length, int depth, int stackTop, RedisLibBuffer json)
    {
        json.Append((byte)'[');
        for (int i = 1; i <= length; i++)
        {
            if (i > 1) json.Append((byte)',');
            AppendData(L, cfg, t.RawGet(i), depth, stackTop + 1, json);
        }
        json.Append((byte)']');
    }

    private static void AppendObject(LuaState L, CJsonConfig cfg, LuaTable t, int depth, int stackTop, RedisLibBuffer json)
    {
        json.Append((byte)'{');
        bool comma = false;
        var key = LuaValue.Nil;
        while (t.Next(ref key, out var value))
        {
            if (comma) json.Append((byte)',');
            comma = true;
            if (key.IsNumber)
            {
                json.Append((byte)'"');
                AppendNumber(L, cfg, json, key);
                json.Append("\":"u8);
            }
            else if (key.Obj is LuaString ks)
            {
                AppendString(json, ks);
                json.Append((byte)':');
            }
            else
            {
                throw EncodeError(L, key, "table key must be a number or string");
            }
            AppendData(L, cfg, value, depth, stackTop + 2, json);
        }
        json.Append((byte)'}');
    }

    private static void AppendString(RedisLibBuffer json, LuaString s)
    {
        json.Append((byte)'"');
        var span = s.Span;
        int run = 0;
        for (int i = 0; i < span.Length; i++)
        {
            var esc = Escapes[span[i]];
            if (esc is null) continue;
            json.Append(span[run..i]);
            json.Append(esc);
            run = i + 1;
        }
        json.Append(span[run..]);
        json.Append((byte)'"');
    }

    private static void AppendNumber(LuaState L, CJsonConfig cfg, RedisLibBuffer json, LuaValue v)
    {
        double num = v.Num;
        bool invalid = double.IsNaN(num) || double.IsInfinity(num);
        if (invalid)
        {
            if (cfg.EncodeInvalidNumbers == 0) throw EncodeError(L, v, "must not be NaN or Inf");
            // Mode 1 writes "nan" itself because printf may say "-nan"; infinities go through printf.
            if (cfg.EncodeInvalidNumbers == 2 || double.IsNaN(num))
            {
                json.Append(cfg.EncodeInvalidNumbers == 2 ? "null"u8 : "nan"u8);
                return;
            }
        }
        json.AppendLatin1(FormatG(num, cfg.EncodeNumberPrecision));
    }

    /// <summary>glibc's <c>printf("%.{precision}g")</c> for 1 ≤ precision ≤ 14, correctly rounded (half to even on the exact binary value).</summary>
    public static string FormatG(double d, int precision)
    {
        if (precision == 14) return LuaConvert.NumberToString(d);
        if (double.IsNaN(d)) return double.IsNegative(d) ? "-nan" : "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0" : "0";
        long limit = (long)Math.Pow(10, precision);
        if (d == Math.Floor(d) && Math.Abs(d) < limit) return ((long)d).ToString(CultureInfo.InvariantCulture);
        var (digits, exp) = Digits(Math.Abs(d), precision);
        var sb = new StringBuilder(24);
        if (d < 0) sb.Append('-');
        if (exp < -4 || exp >= precision)
        {
            string m = digits.TrimEnd('0');
            sb.Append(m[0]);
            if (m.Length > 1) sb.Append('.').Append(m, 1, m.Length - 1);
            sb.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (exp >= 0)
        {
            sb.Append(digits, 0, exp + 1);
            string frac = digits[(exp + 1)..].TrimEnd('0');
            if (frac.Length > 0) sb.Append('.').Append(frac);
        }
        else
        {
            sb.Append("0.").Append('0', -exp - 1).Append(digits.TrimEnd('0'));
        }
        return sb.ToString();
    }

    // The first 'precision' significant digits of finite v > 0, rounded half to even on its exact value, and the decimal exponent of the first.
    private static (string Digits, int Exp) Digits(double v, int precision)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(v);
        int be = (int)(bits >> 52) & 0x7FF;
        ulong mant = bits & ((1UL << 52) - 1);
        int e2 = be == 0 ? -1074 : be - 1075;
        if (be != 0) mant |= 1UL << 52;
        var low = BigInteger.Pow(10, precision - 1);
        var high = low * 10;
        int k = (int)Math.Floor(Math.Log10(v));
        while (true)
        {
            BigInteger num = mant, den = BigInteger.One;
            if (e2 > 0) num <<= e2;
            else den <<= -e2;
            int p = k - (precision - 1);
            if (p > 0) den *= BigInteger.Pow(10, p);
            else num *= BigInteger.Pow(10, -p);
            var q = BigInteger.DivRem(num, den, out var r);
            // log10 may be one off near powers of ten.
            if (q >= high) { k++; continue; }
            if (q < low) { k--; continue; }
            int c = (r << 1).CompareTo(den);
            if (c > 0 || (c == 0 && !q.IsEven)) q++;
            if (q == high)
            {
                q = low;
                k++;
            }
            return (q.ToString(CultureInfo.InvariantCulture), k);
        }
    }
}
