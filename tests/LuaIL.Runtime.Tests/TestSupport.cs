using System.Text;
using LuaIL.Runtime;

namespace LuaIL.Runtime.Tests;

/// <summary>A stand-in for a compiled Lua function, so frames, positions and call-site names can be set up by hand.</summary>
internal sealed class FakeClosure(LuaProtoInfo info) : LuaClosure
{
    public override LuaProtoInfo Info => info;
    public override LuaValue Invoke(LuaState L, ReadOnlySpan<LuaValue> args) => L.Return0();
    public override LuaValue Resume(LuaState L, LuaFrame? frame, ReadOnlySpan<LuaValue> args) => L.Return0();
}

internal static class TestSupport
{
    /// <summary>A state with the standard libraries, executing "test.lua" at call site <paramref name="site"/> of the sites below.</summary>
    public static LuaState NewState(out MemoryStream output, int site = 0)
    {
        output = new MemoryStream();
        var L = new LuaState { StandardOutput = output };
        LuaStandardLibrary.OpenAll(L);
        var info = new LuaProtoInfo("@test.lua", null, 0, 0, "5 global f\n7 method push\n9 local alias\n11");
        L.Depth = 1;
        L.Frames[1] = new CallFrame(new FakeClosure(info), site);
        return L;
    }

    public static LuaValue[] Call(LuaState L, string global, params LuaValue[] args)
    {
        var f = L.Globals.RawGet(LuaString.FromLatin1(global)).AsFunction!;
        var first = f.Invoke(L, args);
        return L.TakeResults(first);
    }

    public static string ErrorOf(Action a) => Assert.Throws<LuaException>(a).Message;

    public static string Text(MemoryStream s) => Encoding.Latin1.GetString(s.ToArray());

    public static LuaValue S(string s) => LuaValue.String(s);

    public static LuaNativeFunction Fn(Func<LuaValue, LuaValue, LuaValue> f)
        => new("fn", (L, args) => L.Return1(f(args.Length > 0 ? args[0] : default, args.Length > 1 ? args[1] : default)));
}
