using System.Runtime.CompilerServices;

namespace LuaIL.Runtime;

// Function environments (getfenv, setfenv), the collector interface (collectgarbage, gcinfo) and newproxy.
public static partial class LuaBaseLibrary
{
    // setfenv(0, t) replaces a thread's globals; LuaState.Globals is fixed, so the replacement lives here.
    private static readonly ConditionalWeakTable<LuaState, LuaTable> ThreadEnvs = new();

    // Metatables made by newproxy(true): only these may be shared through newproxy(proxy).
    private static readonly ConditionalWeakTable<LuaTable, object> ProxyMetatables = new();

    // The collector's tuning knobs, remembered only to return the previous value as 5.1 does.
    private static readonly ConditionalWeakTable<LuaState, int[]> GcKnobs = new();

    private static readonly string[] GcOptions = ["stop", "restart", "collect", "count", "step", "setpause", "setstepmul"];

    /// <summary>The environment of the thread (5.1's <c>LUA_GLOBALSINDEX</c>): what <c>getfenv(0)</c> returns and what chunks loaded at run time see.</summary>
    public static LuaTable ThreadGlobals(LuaState L) => ThreadEnvs.TryGetValue(L, out var t) ? t : L.Globals;

    /// <summary>Registers getfenv, setfenv, collectgarbage, gcinfo, newproxy and the loading functions into the globals.</summary>
    public static void OpenLoadAndEnv(LuaState L)
    {
        var g = L.Globals;
        LuaStandardLibrary.Register(g, "collectgarbage", Collectgarbage);
        g.RawSet(LuaString.Intern("dofile"), new LuaValue(DofileFn));
        LuaStandardLibrary.Register(g, "gcinfo", (L, a) => L.Return1(GC.GetTotalMemory(false) / 1024));
        LuaStandardLibrary.Register(g, "getfenv", Getfenv);
        g.RawSet(LuaString.Intern("load"), new LuaValue(LoadFn));
        LuaStandardLibrary.Register(g, "loadfile", Loadfile);
        LuaStandardLibrary.Register(g, "loadstring", Loadstring);
        LuaStandardLibrary.Register(g, "setfenv", Setfenv);
        LuaStandardLibrary.Register(g, "newproxy", Newproxy);
    }

    /// <summary>5.1's <c>getfunc</c>: the function argument itself, or the function running at a stack level (1 = the caller).</summary>
    /// <returns>The function, or null for a level that runs host code (whose environment is the thread's).</returns>
    private static LuaFunction? GetFunc(LuaState L, ReadOnlySpan<LuaValue> args, bool optional)
    {
        if (LuaArgs.Arg(args, 1).Obj is LuaFunction f) return f;
        int level = optional ? LuaArgs.OptInt(L, args, 1, 1) : LuaArgs.CheckInt(L, args, 1);
        if (level < 0) throw LuaArgs.ArgError(L, 1, "level must be non-negative");
        if (level == 0) return null; // getfenv/setfenv itself: a C function
        // Natives do not push frames, so level 1 is the innermost frame; depth 0 stands for the host that started the script.
        int d = L.FrameAtLevel(level);
        if (d == LuaState.NoLevel) throw LuaArgs.ArgError(L, 1, "invalid level");
        if (d == LuaState.TailCallLevel) throw LuaErrors.Error(L, 1, $"no function environment for tail call at level {level}");
        return d == 0 ? null : L.Frames[d].Function;
    }

    private static LuaValue Getfenv(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var f = GetFunc(L, args, optional: true);
        return L.Return1(f is LuaClosure c ? new LuaValue(c.Env) : new LuaValue(ThreadGlobals(L)));
    }

    private static LuaValue Setfenv(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        LuaArgs.CheckType(L, args, 2, LuaType.Table);
        var env = (LuaTable)args[1].Obj!;
        var f = GetFunc(L, args, optional: false);
        if (args[0].IsNumber && args[0].Num == 0)
        {
            ThreadEnvs.AddOrUpdate(L, env);
            return L.Return0();
        }
        if (f is not LuaClosure c) throw LuaErrors.Error(L, 1, "'setfenv' cannot change environment of given object");
        c.Env = env;
        return L.Return1(new LuaValue(c));
    }

    private static LuaValue Collectgarbage(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        int o = LuaIoLibrary.CheckOption(L, args, 1, "collect", GcOptions);
        int ex = LuaArgs.OptInt(L, args, 2, 0);
        var knobs = GcKnobs.GetValue(L, static _ => [200, 200]);
        switch (GcOptions[o])
        {
            case "count":
                return L.Return1(GC.GetTotalMemory(false) / 1024.0);
            case "collect":
                L.Collector.Collect(L);
                return L.Return1(0);
            case "step":
                // Every step is a whole cycle, reported finished: loops of the form `repeat until collectgarbage("step")` must end.
                L.Collector.Collect(L);
                return L.Return1(LuaValue.True);
            case "setpause":
            case "setstepmul":
            {
                int i = o == 5 ? 0 : 1;
                int previous = knobs[i];
                knobs[i] = ex;
                return L.Return1(previous);
            }
            default: // stop, restart: only the automatic clearing of weak tables stops; the .NET collector cannot be paused
                L.Collector.Running = o == 1;
                return L.Return1(0);
        }
    }

    private static LuaValue Newproxy(LuaState L, ReadOnlySpan<LuaValue> args)
    {
        var arg = LuaArgs.Arg(args, 1);
        if (!arg.IsTruthy) return L.Return1(new LuaValue(new LuaUserData(null), 0));
        LuaTable? mt;
        if (arg.IsBoolean)
        {
            mt = new LuaTable();
            ProxyMetatables.AddOrUpdate(mt, LuaValue.TrueTag);
        }
        else
        {
            mt = LuaOps.GetMetatable(L, arg);
            if (mt is null || !ProxyMetatables.TryGetValue(mt, out _)) throw LuaArgs.ArgError(L, 1, "boolean or proxy expected");
        }
        return L.Return1(new LuaValue(L.Collector.NewProxy(mt), 0));
    }
}
