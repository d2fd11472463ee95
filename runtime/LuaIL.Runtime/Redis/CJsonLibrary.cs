namespace LuaIL.Runtime.Redis;

/// <summary>lua-cjson 2.1.0 (<c>cjson</c>) as Redis 7.0 embeds it: JSON encode/decode with per-instance configuration.</summary>
/// <remarks>
/// Each module table (the global one and each <c>cjson.new()</c>) owns one <see cref="CJsonConfig"/>
/// its functions share, as the C functions share one config userdata upvalue. JSON null decodes
/// to <see cref="Null"/>, the stand-in for C's <c>NULL</c> lightuserdata: one object shared by all
/// instances (NULL equals NULL), of type <c>userdata</c>, truthy, and encoded back as <c>null</c>.
/// </remarks>
public static partial class CJsonLibrary
{
    /// <summary><c>cjson.null</c>: the value JSON <c>null</c> decodes to and encodes from.</summary>
    public static readonly LuaUserData Null = new(null);

    /// <summary>Creates the <c>cjson</c> table in <see cref="LuaState.Globals"/>.</summary>
    public static void Open(LuaState L) => L.Globals.RawSet(LuaString.Intern("cjson"), new LuaValue(NewModule()));

    /// <summary>A fresh module table with its own default configuration (<c>cjson.new()</c>).</summary>
    public static LuaTable NewModule()
    {
        var cfg = new CJsonConfig();
        var t = new LuaTable();
        // lua_cjson_new's registration order, which fixes pairs(cjson) order.
        LuaStandardLibrary.Register(t, "encode", (L, a) => Encode(L, a, cfg));
        LuaStandardLibrary.Register(t, "decode", (L, a) => Decode(L, a, cfg));
        LuaStandardLibrary.Register(t, "encode_sparse_array", (L, a) => EncodeSparseArray(L, a, cfg));
        LuaStandardLibrary.Register(t, "encode_max_depth", (L, a) =>
            IntegerOption(L, ArgInit(L, a, 1), 1, ref cfg.EncodeMaxDepth, 1, int.MaxValue));
        LuaStandardLibrary.Register(t, "decode_max_depth", (L, a) =>
            IntegerOption(L, ArgInit(L, a, 1), 1, ref cfg.DecodeMaxDepth, 1, int.MaxValue));
        LuaStandardLibrary.Register(t, "encode_number_precision", (L, a) =>
            IntegerOption(L, ArgInit(L, a, 1), 1, ref cfg.EncodeNumberPrecision, 1, 14));
        LuaStandardLibrary.Register(t, "encode_keep_buffer", (L, a) =>
            EnumOption(L, ArgInit(L, a, 1), 1, ref cfg.EncodeKeepBuffer, BoolOptions));
        LuaStandardLibrary.Register(t, "encode_invalid_numbers", (L, a) =>
            EnumOption(L, ArgInit(L, a, 1), 1, ref cfg.EncodeInvalidNumbers, InvalidNumberOptions));
        LuaStandardLibrary.Register(t, "decode_invalid_numbers", (L, a) =>
            EnumOption(L, ArgInit(L, a, 1), 1, ref cfg.DecodeInvalidNumbers, BoolOptions));
        LuaStandardLibrary.Register(t, "new", static (L, a) => L.Return1(new LuaValue(NewModule())));
        t.RawSet(LuaString.Intern("null"), new LuaValue(Null, 0));
        t.RawSet(LuaString.Intern("_NAME"), new LuaValue(LuaString.FromLatin1("cjson")));
        t.RawSet(LuaString.Intern("_VERSION"), new LuaValue(LuaString.FromLatin1("2.1.0")));
        return t;
    }

    private static readonly string[] BoolOptions = ["off", "on"];
    private static readonly string[] InvalidNumberOptions = ["off", "on", "null"];

    // json_arg_init: too many arguments is an error; missing ones read as nil.
    private static ReadOnlySpan<LuaValue> ArgInit(LuaState L, ReadOnlySpan<LuaValue> args, int count)
    {
        if (args.Length > count) throw RedisLibSupport.ArgError(L, count + 1, "found too many arguments");
        return args;
    }

    private static LuaValue EncodeSparseArray(LuaState L, ReadOnlySpan<LuaValue> args, CJsonConfig cfg)
    {
        ArgInit(L, args, 3);
        var convert = EnumOption(L, args, 1, ref cfg.EncodeSparseConvert, BoolOptions);
        var ratio = IntegerOption(L, args, 2, ref cfg.EncodeSparseRatio, 0, int.MaxValue);
        var safe = IntegerOption(L, args, 3, ref cfg.EncodeSparseSafe, 0, int.MaxValue);
        return L.Return3(convert, ratio, safe);
    }

    // json_integer_option: the range check names argument 1 whatever the option's position (as the C code does).
    private static LuaValue IntegerOption(LuaState L, ReadOnlySpan<LuaValue> args, int index, ref int setting, int min, int max)
    {
        if (!LuaArgs.Arg(args, index).IsNil)
        {
            int value = LuaArgs.CheckInt(L, args, index);
            if (value < min || value > max) throw RedisLibSupport.ArgError(L, 1, $"expected integer between {min} and {max}");
            setting = value;
        }
        return L.Return1(new LuaValue(setting));
    }

    // json_enum_option: booleans set 0/1; strings must name an option; 0/1 read back as booleans, others as their name.
    private static LuaValue EnumOption(LuaState L, ReadOnlySpan<LuaValue> args, int index, ref int setting, string[] options)
    {
        var v = LuaArgs.Arg(args, index);
        if (!v.IsNil)
        {
            if (v.IsBoolean) setting = v.IsTruthy ? 1 : 0;
            else
            {
                // luaL_checkoption compares C strings: the name ends at its first zero byte.
                string name = LuaArgs.CheckString(L, args, index).ToLatin1();
                if (name.IndexOf('\0') is var z and >= 0) name = name[..z];
                int found = Array.IndexOf(options, name);
                if (found < 0) throw RedisLibSupport.ArgError(L, index, $"invalid option '{name}'");
                setting = found;
            }
        }
        var r = setting <= 1 ? LuaValue.Boolean(setting == 1) : new LuaValue(LuaString.FromLatin1(options[setting]));
        return L.Return1(r);
    }
}

/// <summary>One cjson instance's settings (<c>json_config_t</c>), with Redis' defaults.</summary>
public sealed class CJsonConfig
{
    public int EncodeSparseConvert;
    public int EncodeSparseRatio = 2;
    public int EncodeSparseSafe = 10;
    public int EncodeMaxDepth = 1000;
    public int DecodeMaxDepth = 1000;
    /// <summary>0 = error, 1 = write <c>nan</c>/<c>inf</c>, 2 = write <c>null</c>.</summary>
    public int EncodeInvalidNumbers;
    public int DecodeInvalidNumbers = 1;
    /// <summary>Only reported back: the buffer it keeps in C is a memory optimisation.</summary>
    public int EncodeKeepBuffer = 1;
    public int EncodeNumberPrecision = 14;
}
