using System.Globalization;
using System.Text;
using LuaIL.Runtime;
using LuaIL.Runtime.Redis;

namespace LuaIL.Runtime.Tests.Redis;

/// <summary>Calls the Redis libraries as a script would and renders the results as tests/redis/capture-lib-expectations.sh prints them.</summary>
internal static class RedisLibTestSupport
{
    public static LuaState NewState()
    {
        var L = new LuaState();
        BitLibrary.Open(L);
        StructLibrary.Open(L);
        CJsonLibrary.Open(L);
        CMsgPackLibrary.Open(L);
        return L;
    }

    /// <summary>Calls <paramref name="path"/> (<c>lib.fn</c>) from a fake Lua frame whose call site names the function, as <c>lib.fn(...)</c> does.</summary>
    public static string Run(LuaState L, string path, params LuaValue[] args)
    {
        var dot = path.IndexOf('.');
        var lib = L.Globals.RawGet(LuaString.FromLatin1(path[..dot])).AsTable!;
        return Run(L, lib, path[(dot + 1)..], args);
    }

    public static string Run(LuaState L, LuaTable lib, string name, params LuaValue[] args)
    {
        var fn = lib.RawGet(LuaString.FromLatin1(name)).AsFunction!;
        L.Depth = 1;
        L.Frames[1] = new CallFrame(new FakeClosure(new LuaProtoInfo("@t", null, 0, 0, $"1 field {name}")), 0);
        try
        {
            var first = fn.Invoke(L, args);
            return string.Join(" ", L.TakeResults(first).Select(Render));
        }
        catch (LuaException e)
        {
            // Redis' captures drop the [string "..."]:1: position; these drop the fake frame's.
            var message = e.Value.AsString!.ToLatin1();
            return "ERROR " + (message.StartsWith("t:1: ", StringComparison.Ordinal) ? message[5..] : message);
        }
    }

    public static string Render(LuaValue v)
    {
        switch (v.Obj)
        {
            case LuaString s:
                var sb = new StringBuilder("s:\"");
                foreach (byte b in s.Span)
                {
                    bool plain = b == ' ' || (b > 32 && b < 127);
                    sb.Append(plain ? ((char)b).ToString() : $"\\x{b:x2}");
                }
                return sb.Append('"').ToString();
            case LuaTable t:
                var parts = new List<string>();
                var key = LuaValue.Nil;
                while (t.Next(ref key, out var value)) parts.Add(Render(key) + "=" + Render(value));
                return "{" + string.Join(",", parts) + "}";
        }
        if (v.IsNumber)
        {
            double d = v.Num;
            if (d == Math.Floor(d) && Math.Abs(d) < 9007199254740992.0)
                return d == 0 && double.IsNegative(d) ? "n:-0" : "n:" + ((long)d).ToString(CultureInfo.InvariantCulture);
            return "d:" + BitConverter.DoubleToUInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);
        }
        if (ReferenceEquals(v.Obj, CJsonLibrary.Null)) return "NULL";
        return v.ToString();
    }

    /// <summary>A string of bytes given as chars 0..255.</summary>
    public static LuaValue S(string latin1) => new(LuaString.FromLatin1(latin1));

    /// <summary>A table as the constructor <c>{v1, v2, ...}</c> builds it (nils included).</summary>
    public static LuaValue Arr(params LuaValue[] items)
    {
        var t = LuaTable.ForConstructor(items.Length, 0);
        for (int i = 0; i < items.Length; i++) t.RawSet(i + 1, items[i]);
        return new LuaValue(t);
    }

    /// <summary>A table as the constructor <c>{[k1]=v1, ...}</c> builds it: hash part sized first, then stored in order.</summary>
    public static LuaValue Rec(params (LuaValue Key, LuaValue Value)[] fields)
    {
        var t = LuaTable.ForConstructor(0, fields.Length);
        foreach (var (k, v) in fields) t.RawSet(k, v);
        return new LuaValue(t);
    }

    public static readonly LuaValue Nil = LuaValue.Nil;
    public static readonly LuaValue NaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000UL));
    public static readonly LuaValue Inf = double.PositiveInfinity;
    public static readonly LuaValue NegZero = -0.0;
    public static readonly LuaValue SomeFunction = new(new LuaNativeFunction("type", (L, a) => L.Return0()));
}
